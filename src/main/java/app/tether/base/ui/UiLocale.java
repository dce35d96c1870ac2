package app.tether.base.ui;

import app.tether.base.Translator;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Every screen writes dates, times and numbers in the one language Tether speaks today, whatever
 * the browser's region, so date pickers, lists and printed summaries agree.
 */
@Component
class UiLocale implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().setLocale(Translator.LOCALE));
    }
}
