package app.tether.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads accounts for sign-in and, as UserDetailsPasswordService, stores the re-hashed password
 * Spring Security hands over after a successful sign-in with an old hash (bcrypt to argon2).
 */
@Component
class TetherUserDetails implements UserDetailsService, UserDetailsPasswordService {

    private final AccountRepository accounts;
    private final java.time.Clock clock;
    private final TwoFactorPolicy twoFactor;

    TetherUserDetails(AccountRepository accounts, java.time.Clock clock, TwoFactorPolicy twoFactor) {
        this.accounts = accounts;
        this.clock = clock;
        this.twoFactor = twoFactor;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        String name = username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
        return accounts.findByUsername(name)
                // The password alone gives a partial sign-in when a code must follow (TwoFactorService).
                .map(a -> new TetherUser(a, clock.instant(), twoFactor.secondStepNeeded(a)))
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newHash) {
        TetherUser who = (TetherUser) user;
        // Only if the hash is still the one just verified: an admin's reset in between wins.
        accounts.replaceHash(who.accountId(), who.getPassword(), newHash);
        return accounts.findById(who.accountId()).map(TetherUser::new).orElse(who);
    }
}
