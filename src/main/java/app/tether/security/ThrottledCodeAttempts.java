package app.tether.security;

import org.springframework.stereotype.Component;

/**
 * Two-factor codes get the same limit as passwords (5 wrong in the window per person), on a key of
 * their own so a mistyped code and a mistyped password do not add up.
 */
@Component
class ThrottledCodeAttempts implements CodeAttempts {

    private final SignInThrottle throttle;

    ThrottledCodeAttempts(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    static String key(String username) {
        return "totp:" + SignInThrottle.userKey(username);
    }

    @Override
    public boolean mayTry(long accountId, String username) {
        return throttle.blockedFor(key(username)).isEmpty();
    }

    @Override
    public void failed(long accountId, String username) {
        throttle.recordFailure(key(username));
    }

    @Override
    public void succeeded(long accountId, String username) {
        throttle.clear(key(username));
    }
}
