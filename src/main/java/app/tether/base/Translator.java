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

    /**
     * British English: the day before the month and a 24-hour clock, one style on screen and on
     * paper. A language per person comes with issue 17.
     */
    public static final Locale LOCALE = Locale.UK;

    private final I18NProvider provider = new DefaultI18NProvider(List.of(LOCALE), Translator.class.getClassLoader());

    public String t(String key, Object... args) {
        return provider.getTranslation(key, LOCALE, args);
    }

    /** The messages as a ResourceBundle, for JasperReports' {@code $R{key}}. */
    public ResourceBundle bundle() {
        return new ResourceBundle() {
            @Override
            protected Object handleGetObject(String key) {
                return provider.getTranslation(key, LOCALE);
            }

            @Override
            public Enumeration<String> getKeys() {
                return Collections.emptyEnumeration();
            }
        };
    }
}
