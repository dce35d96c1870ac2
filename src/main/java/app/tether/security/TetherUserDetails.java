package app.tether.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class TetherUserDetails implements UserDetailsService {

    private final AccountRepository accounts;
    private final TwoFactorPolicy twoFactor;

    TetherUserDetails(AccountRepository accounts, TwoFactorPolicy twoFactor) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        return accounts.findByUsername(name)
                // The password alone gives a partial sign-in when a code must follow (TwoFactorService).
                .map(a -> new TetherUser(a, twoFactor.secondStepNeeded(a)))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }
}
