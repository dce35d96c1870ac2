package app.tether.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;

/**
 * Sign-in successes and failures (with the username tried), sign-outs, and sessions that end
 * without a sign-out (idle time-out, deactivation). Runs as the first logout handler, while the
 * person is still known.
 */
@Component
public class SignInAuditing implements LogoutHandler {

    private static final String SIGNED_OUT = SignInAuditing.class.getName() + ".signedOut";
    private final AuditLog log;

    SignInAuditing(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AuditedPrincipal p) {
            log.record(new AuditEvent(AuditAction.SIGN_IN, null, "ACCOUNT", p.accountId(), null,
                    AuditOutcome.SUCCESS, null), p);
        }
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent event) {
        String tried = AuditLog.clip(event.getAuthentication().getName(), 100);
        String reason = event.getClass().getSimpleName().replace("AuthenticationFailure", "").replace("Event", "");
        log.record(new AuditEvent(AuditAction.SIGN_IN_FAILED, null, null, null, "reason:" + reason,
                AuditOutcome.FAILURE, tried == null || tried.isBlank() ? "(empty)" : tried));
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AuditedPrincipal p) {
            log.record(AuditEvent.of(AuditAction.SIGN_OUT, null, "ACCOUNT", p.accountId(), null), p);
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.setAttribute(SIGNED_OUT, Boolean.TRUE);
        }
    }

    @EventListener
    void on(HttpSessionDestroyedEvent event) {
        if (Boolean.TRUE.equals(event.getSession().getAttribute(SIGNED_OUT))) {
            return;
        }
        for (SecurityContext context : event.getSecurityContexts()) {
            Authentication auth = context.getAuthentication();
            if (auth != null && auth.getPrincipal() instanceof AuditedPrincipal p) {
                log.record(AuditEvent.of(AuditAction.SESSION_ENDED, null, "ACCOUNT", p.accountId(), null), p);
            }
        }
    }
}
