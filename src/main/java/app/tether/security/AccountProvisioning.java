package app.tether.security;

import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * System-side account creation for the demo seeder and the first-admin bootstrap, which run
 * before anyone signs in. Not for views: ModularityTests keeps it to those callers.
 */
@Component
@Transactional
public class AccountProvisioning {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountProvisioning(AccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public boolean anyAccountExists() {
        return accounts.count() > 0;
    }

    /** Whether every one of these usernames has an account (the demo practice's check). */
    @Transactional(readOnly = true)
    public boolean allExist(java.util.Collection<String> usernames) {
        return usernames.stream().allMatch(accounts::existsByUsername);
    }

    public boolean adminExists() {
        return accounts.existsByRole(Role.ADMIN);
    }

    public long create(String username, String displayName, Role role, String rawPassword) {
        return accounts.save(new Account(username, displayName, role, passwordEncoder.encode(rawPassword),
                clock.instant())).getId();
    }
}
