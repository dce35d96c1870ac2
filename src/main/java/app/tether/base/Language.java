package app.tether.base;

import java.util.Locale;

/**
 * The languages Tether speaks. Each has one locale used for its text and for its formats (dates,
 * times, weekdays, numbers) on screen and on paper; {@code tag} is what the account keeps.
 */
public enum Language {
    /** British English: the day before the month and a 24-hour clock. */
    ENGLISH("en-GB", Locale.UK),
    SIMPLIFIED_CHINESE("zh-CN", Locale.SIMPLIFIED_CHINESE);

    private final String tag;
    private final Locale locale;

    Language(String tag, Locale locale) {
        this.tag = tag;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    public Locale locale() {
        return locale;
    }

    /** The separator between the items of a list written in a sentence: ", " or the Chinese "、". */
    public String listSeparator() {
        return this == SIMPLIFIED_CHINESE ? "、" : ", ";
    }

    /** The separator between clauses of one line ("Moment 1: calm; Moment 3: warm"): "; " or the Chinese "；". */
    public String clauseSeparator() {
        return this == SIMPLIFIED_CHINESE ? "；" : "; ";
    }

    /** Items as a list in running text: "Chen Jing, Zhao Lei" or "陈静、赵磊". */
    public String join(java.util.Collection<String> items) {
        return String.join(listSeparator(), items);
    }

    /** The name of the language in itself, as a person looks for it in a list: "English", "简体中文". */
    public String ownName() {
        return this == SIMPLIFIED_CHINESE ? "简体中文" : "English";
    }

    /** The language for a stored tag; English when none or unknown. */
    public static Language ofTag(String tag) {
        for (Language l : values()) {
            if (l.tag.equalsIgnoreCase(tag == null ? "" : tag)) {
                return l;
            }
        }
        return ENGLISH;
    }

    /**
     * The best language for a browser's locale: Simplified Chinese for zh in mainland China,
     * Singapore or the Hans script (and bare "zh"); English otherwise, including zh-TW and zh-HK,
     * whose readers expect Traditional characters that Tether does not have yet.
     */
    public static Language forLocale(Locale locale) {
        if (locale == null || !"zh".equals(locale.getLanguage())) {
            return ENGLISH;
        }
        String script = locale.getScript();
        String country = locale.getCountry();
        if ("Hant".equals(script) || (script.isEmpty() && ("TW".equals(country) || "HK".equals(country)
                || "MO".equals(country)))) {
            return ENGLISH;
        }
        return SIMPLIFIED_CHINESE;
    }
}
