package app.tether.security;

import app.tether.base.DatabaseMode;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Who must use a second factor. Staff must by default wherever real data lives, i.e. whenever
 * the demo practice is not seeded; the demo keeps its one-step logins. An admin may also require
 * it of a single account.
 */
@Component
class TwoFactorPolicy {

    private final boolean requiredForStaff;

    TwoFactorPolicy(Environment env, DatabaseMode mode) {
        this.requiredForStaff = env.getProperty("tether.two-factor.required-for-staff", Boolean.class,
                !mode.demoEnabled());
    }

    boolean required(Account account) {
        return account.isTwoFactorRequired() || (requiredForStaff && account.getRole() != Role.CLIENT);
    }

    /** After the password: is a code (or enrolment) still to come? */
    boolean secondStepNeeded(Account account) {
        return account.hasTotp() || required(account);
    }
}
