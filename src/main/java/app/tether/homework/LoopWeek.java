package app.tether.homework;

import java.time.LocalDate;
import java.util.List;

/**
 * One Monday-to-Sunday week of a client's loop: the actions committed and how each went.
 * {@code committed}/{@code fedBack}: whether that week has a sent Commitment / Feedback Loop.
 */
public record LoopWeek(LocalDate weekOf, boolean committed, boolean fedBack, List<LoopStep> steps) {

    public LoopWeek {
        steps = List.copyOf(steps);
    }

    /** A week between the first and the last of the loop for which nothing was sent. */
    public boolean nothingSent() {
        return !committed && !fedBack && steps.isEmpty();
    }
}
