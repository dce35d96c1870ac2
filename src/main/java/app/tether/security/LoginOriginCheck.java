package app.tether.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Login CSRF: Vaadin leaves the sign-in post without a CSRF token, so another site could sign a
 * visitor in as the attacker. A browser says where a post comes from (Sec-Fetch-Site, else
 * Origin); a cross-site one is refused. Clients that send neither (curl, scripts) are no browser
 * to abuse and pass.
 */
final class LoginOriginCheck extends OncePerRequestFilter {

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!sameOrigin(request)) {
            // A bare status: sendError's error page would be behind sign-in and turn into a redirect.
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            // Trusted over Origin: browsers set it themselves and it needs no proxy's Host to be right.
            String s = site.trim().toLowerCase(Locale.ROOT);
            return s.equals("same-origin") || s.equals("none");
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return true;
        }
        try {
            URI o = URI.create(origin.trim());
            return o.getScheme() != null && o.getHost() != null
                    && o.getScheme().equalsIgnoreCase(request.getScheme())
                    && o.getHost().equalsIgnoreCase(request.getServerName())
                    && port(o.getPort(), o.getScheme()) == request.getServerPort();
        } catch (IllegalArgumentException e) {
            return false; // "null" and other opaque origins
        }
    }

    private static int port(int port, String scheme) {
        return port != -1 ? port : "https".equalsIgnoreCase(scheme) ? 443 : 80;
    }
}
