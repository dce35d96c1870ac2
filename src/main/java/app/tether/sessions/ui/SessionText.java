package app.tether.sessions.ui;

import app.tether.base.ui.Dates;
import app.tether.caseload.ClientRef;
import app.tether.caseload.Stage;
import app.tether.sessions.SessionRecord;
import com.vaadin.flow.component.Component;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Short texts about a session shared by the session views. */
final class SessionText {

    private SessionText() {
    }

    static String when(Component c, LocalDateTime at) {
        return Dates.dayAndTime(at);
    }

    /** A moment in the server's zone, the practice's zone (see README). */
    static String at(Component c, java.time.Instant at) {
        return Dates.dayAndTime(LocalDateTime.ofInstant(at, java.time.ZoneId.systemDefault()));
    }

    /** "Stage 4 · day 25 · attended: A, B · rated: A 5, B 6". */
    static String facts(Component c, SessionRecord s) {
        List<String> parts = new ArrayList<>();
        if (s.stage() != null) {
            parts.add(c.getTranslation("session.stageShort", s.stage(), c.getTranslation(Stage.of(s.stage()).labelKey())));
        }
        if (s.programmeDay() != null) {
            parts.add(c.getTranslation("caseload.day", s.programmeDay()));
        }
        parts.add(c.getTranslation("session.attended", app.tether.base.ui.Lists.join(
                s.attendees().stream().map(ClientRef::displayName).toList())));
        if (!s.ratings().isEmpty()) {
            parts.add(c.getTranslation("session.rated", app.tether.base.ui.Lists.join(s.attendees().stream()
                    .filter(a -> s.ratings().containsKey(a.accountId()))
                    .map(a -> a.displayName() + " " + s.ratings().get(a.accountId())).toList())));
        }
        return String.join(" · ", parts);
    }
}
