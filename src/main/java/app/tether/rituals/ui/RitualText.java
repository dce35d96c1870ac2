package app.tether.rituals.ui;

import app.tether.rituals.RitualRecord;
import com.vaadin.flow.component.Component;

/** A ritual's name in the reader's language (a suggestion) or as typed (own words). */
final class RitualText {

    private RitualText() {
    }

    static String name(Component c, RitualRecord r) {
        return r.suggestion() != null ? c.getTranslation(r.suggestion().labelKey()) : r.name();
    }
}
