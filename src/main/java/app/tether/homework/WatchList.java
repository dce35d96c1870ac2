package app.tether.homework;

import java.time.Instant;
import java.util.List;

/**
 * A client's watch list: the early signs they named in their latest sent Future Prevention, with what
 * they said they would do then, the coping that has worked for them, and where they find support
 * (decision record 035). Blank answers are null; {@code signs} holds the non-blank signs in order.
 */
public record WatchList(long clientId, String clientName, long assignmentId, Instant sentAt, List<String> signs,
                        String then, String coping, String support) {

    public WatchList {
        signs = List.copyOf(signs);
    }
}
