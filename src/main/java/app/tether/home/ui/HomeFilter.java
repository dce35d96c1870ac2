package app.tether.home.ui;

import app.tether.caseload.Lens;
import app.tether.caseload.Stage;
import app.tether.home.HomeCase;
import java.text.Normalizer;
import java.util.Locale;

/**
 * What the therapist narrowed the case list to: a piece of a name, a stage, a lens, only cases
 * needing attention. Null or blank parts do not narrow.
 */
record HomeFilter(String text, Stage stage, Lens lens, boolean attentionOnly) {

    static final HomeFilter NONE = new HomeFilter("", null, null, false);

    boolean test(HomeCase c) {
        if (stage != null && c.stage() != stage) {
            return false;
        }
        if (lens != null && c.lens() != lens) {
            return false;
        }
        if (attentionOnly && !c.needsAttention()) {
            return false;
        }
        String wanted = fold(text);
        return wanted.isEmpty() || c.clientNames().stream().anyMatch(n -> fold(n).contains(wanted));
    }

    /** Case and accents do not matter when searching for a name ("zhou" finds "Zhōu"). */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s.strip(), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
