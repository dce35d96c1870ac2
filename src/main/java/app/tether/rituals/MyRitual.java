package app.tether.rituals;

import java.util.List;

/**
 * A ritual on the client's card, this day or week: whether the signed-in client ticked it
 * ({@code doneByMe}), whether they may still take that back today ({@code canUndo}), and which
 * other partners ticked it (ticks are shared between the partners of a case).
 */
public record MyRitual(RitualRecord ritual, boolean doneByMe, boolean canUndo, List<String> othersDone) {

    public MyRitual {
        othersDone = List.copyOf(othersDone);
    }
}
