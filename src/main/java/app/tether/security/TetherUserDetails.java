package app.tether.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class TetherUserDetails implements UserDetailsService {

    private final AccountRepository accounts;

    TetherUserDetails(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        return accounts.findByUsername(name).map(TetherUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
