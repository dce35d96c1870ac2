package app.tether.base.ui;

import app.tether.base.Language;
import java.util.Collection;

/** Lists written in a sentence, with the screen language's separator: "a, b" or "甲、乙". */
public final class Lists {

    private Lists() {
    }

    public static String join(Collection<String> items) {
        return Language.forLocale(Dates.locale()).join(items);
    }
}
