package app.tether.base;

import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.springframework.stereotype.Component;

/**
 * UI text for work done outside a Vaadin request (printed summaries, background batches): the same
 * I18NProvider and message bundle the views use, so screen and paper say the same words.
 */
@Component
public class Translator {

    /** The default language's locale: British English (see {@link Language}). */
    public static final Locale LOCALE = Language.ENGLISH.locale();

    private final I18NProvider provider = new DefaultI18NProvider(
            java.util.Arrays.stream(Language.values()).map(Language::locale).toList(), Translator.class.getClassLoader());

    public String t(String key, Object... args) {
        return t(LOCALE, key, args);
    }

    /** A message in one language (a missing key falls back to English through the bundle chain). */
    public String t(Locale locale, String key, Object... args) {
        return provider.getTranslation(key, locale, args);
    }

    /** The day as printed on paper (summaries, letters), in the reader's language. */
    public java.time.format.DateTimeFormatter paperDay(Locale reader) {
        return java.time.format.DateTimeFormatter.ofPattern(t(reader, "summary.format.day"), reader);
    }

    /**
     * The language of the screen being served (the current Vaadin UI's locale), English outside a
     * screen request. For the few services that hand a view finished sentences (decision 024);
     * papers name their language explicitly instead.
     */
    public static Locale screenLocale() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? LOCALE : ui.getLocale();
    }

    /** A message in the screen's language (see {@link #screenLocale()}). */
    public String onScreen(String key, Object... args) {
        return t(screenLocale(), key, args);
    }

    /** The messages as a ResourceBundle, for JasperReports' {@code $R{key}}. */
    public ResourceBundle bundle() {
        return bundle(LOCALE);
    }

    /** The messages in one language as a ResourceBundle, for JasperReports' {@code $R{key}}. */
    public ResourceBundle bundle(Locale locale) {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return provider.getTranslation(key, locale);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.emptyEnumeration();
            }
        };
    }
}
