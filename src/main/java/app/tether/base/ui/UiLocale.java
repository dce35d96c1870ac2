package app.tether.base.ui;

import app.tether.base.Language;
import app.tether.base.PersonalLanguage;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Each person's language on every screen (decision 024): before sign-in (the sign-in and code
 * pages) the browser's language; after it the language the person chose on their password page,
 * or the browser's while they have not chosen. Set on every new UI (each page load), so a change
 * of choice applies on the next load; {@link #apply} applies it at once to the UI in hand.
 * Dates, numbers, date pickers and the message bundle all follow the UI's locale.
 */
@Component
public class UiLocale implements VaadinServiceInitListener {

    private final PersonalLanguage chosen;

    UiLocale(PersonalLanguage chosen) {
        this.chosen = chosen;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            apply(e.getUI(), language(choice(), request == null ? null : request.getLocale()));
        });
    }

    // With the database down the page still opens (in the browser's language) to say so and offer
    // "Try again"; an exception here would leave a blank page.
    private Optional<Language> choice() {
        try {
            return chosen.ofSignedInPerson();
        } catch (RuntimeException e) {
            if (app.tether.base.DatabaseUnavailable.is(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** The rule: the person's own choice, else the best match for the browser's language. */
    static Language language(Optional<Language> choice, Locale browser) {
        return choice.orElseGet(() -> Language.forLocale(browser));
    }

    /**
     * Puts a language on the UI and its session (new tabs start from it), and on the page's
     * {@code lang} attribute so screen readers and fonts treat the text as that language.
     */
    public static void apply(UI ui, Language language) {
        ui.setLocale(language.locale());
        if (ui.getSession() != null) {
            ui.getSession().setLocale(language.locale());
        }
        ui.getPage().executeJs("document.documentElement.lang = $0", language.tag());
    }
}
