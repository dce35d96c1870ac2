package app.tether.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services' object-level checks and for views. */
@Component
public class CurrentUser {

    public Optional<TetherUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TetherUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public TetherUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
