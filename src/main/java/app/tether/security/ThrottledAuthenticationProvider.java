package app.tether.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the throttle for the name and the client address before the wrapped provider looks at
 * the password, and counts failures and clears them on success from Spring Security's events.
 */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider delegate, SignInThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        for (String key : keys(authentication)) {
            throttle.check(key);
        }
        return delegate.authenticate(authentication);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return delegate.supports(authentication);
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        if (event.getException() instanceof SignInThrottledException) {
            return;
        }
        keys(event.getAuthentication()).forEach(throttle::recordFailure);
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        throttle.clear(SignInThrottle.userKey(event.getAuthentication().getName()));
    }

    private static List<String> keys(Authentication authentication) {
        List<String> keys = new ArrayList<>(2);
        keys.add(SignInThrottle.userKey(authentication.getName()));
        // The address after server.forward-headers-strategy: the client's, when the proxy is internal.
        if (authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null) {
            keys.add(SignInThrottle.addressKey(d.getRemoteAddress()));
        }
        return keys;
    }
}
