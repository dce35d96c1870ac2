package app.tether.security;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Puts the fully signed-in person in place of the partial one after the second step, and gives
 * the session a new id, as Spring Security does after the password (session fixation).
 */
@Component
public class SecondStepSignIn {

    /** Spring Security names factors FACTOR_*; it has no TOTP constant of its own. */
    public static final String TOTP_FACTOR = "FACTOR_TOTP";

    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();

    /** {@code signedIn} comes only from TwoFactorService, after a correct code. */
    public void complete(TetherUser signedIn) {
        List<GrantedAuthority> authorities = new ArrayList<>(signedIn.getAuthorities());
        authorities.add(FactorGrantedAuthority.fromAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        authorities.add(FactorGrantedAuthority.fromAuthority(TOTP_FACTOR));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null, authorities));
        SecurityContextHolder.setContext(context);
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        if (request != null && response != null) {
            rotateSessionId(request.getHttpServletRequest());
            repository.saveContext(context, request.getHttpServletRequest(), response.getHttpServletResponse());
        }
    }

    private static void rotateSessionId(jakarta.servlet.http.HttpServletRequest request) {
        try {
            request.changeSessionId();
        } catch (UnsupportedOperationException e) {
            // Only the browserless tests' mock request lacks it; every servlet container has it.
            org.slf4j.LoggerFactory.getLogger(SecondStepSignIn.class).warn("Session id not rotated: {}", e.toString());
        }
    }
}
