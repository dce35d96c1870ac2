package app.tether.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class TetherUserDetails implements UserDetailsService {

    private final AccountRepository accounts;
    private final java.time.Clock clock;

    TetherUserDetails(AccountRepository accounts, java.time.Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        return accounts.findByUsername(name).map(a -> new TetherUser(a, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
