package app.tether.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class TetherUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;

    TetherUserDetailsService(AccountRepository accounts) {
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
