package app.tether.home;

import java.util.List;

/**
 * One reason shown in words on a case: {@code messageKey} with {@code args} (names, counts, days,
 * exercise titles). {@code urgency} orders cases (higher first); an acknowledged reason stays
 * visible but no longer puts the case under "Needs attention" until something new happens.
 * {@code clientId} names the partner a reason is about (a rating, overdue homework, moments); null
 * for reasons about the whole case. Acknowledging is per partner.
 */
public record AttentionReason(AttentionKind kind, Long clientId, String messageKey, List<Object> args, int urgency,
                              boolean acknowledged) {

    public AttentionReason {
        args = List.copyOf(args);
    }
}
