package app.tether.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** Refused before the password is looked at: too many recent failures for this name or address. */
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed attempts");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes to wait, rounded up, at least one: what the person is told. */
    public int minutes() {
        return SignInThrottle.minutes(retryAfter);
    }
}
