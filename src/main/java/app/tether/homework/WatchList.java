package app.tether.homework;

import java.time.Instant;
import java.util.List;

/**
 * A client's watch list: the early signs they named in their latest sent Future Prevention, with what
 * they said they would do then, the coping that has worked for them, and where they find support
 * (decision record 035). Blank answers are null; {@code signs} holds the non-blank signs in order. A joint
 * plan (the partners wrote and sent it together) is one list: {@code partnerId} and {@code partnerName} name
 * the other writer, null otherwise.
 */
public record WatchList(long clientId, String clientName, long assignmentId, Instant sentAt, List<String> signs,
                        String then, String coping, String support, Long partnerId, String partnerName) {

    public WatchList {
        signs = List.copyOf(signs);
    }

    public boolean joint() {
        return partnerId != null;
    }

    /** Whether the list is this client's: their own, or a joint one they wrote with their partner. */
    public boolean belongsTo(long accountId) {
        return clientId == accountId || (partnerId != null && partnerId == accountId);
    }
}
