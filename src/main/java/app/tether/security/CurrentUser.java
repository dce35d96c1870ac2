package app.tether.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Who is signed in, for services' object-level checks and for views. */
@Component
public class CurrentUser {

    /** The fully signed-in person; empty while the second step (the code) is still to come. */
    public Optional<TetherUser> get() {
        return anyStage().filter(u -> !u.secondStepPending());
    }

    /** Whoever gave a password, with or without the second step; for the two-factor pages only. */
    public Optional<TetherUser> anyStage() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TetherUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public boolean secondStepPending() {
        return anyStage().map(TetherUser::secondStepPending).orElse(false);
    }

    public TetherUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
