package app.tether.reliability;

import app.tether.shell.DatabaseDownView;
import com.vaadin.browserless.BrowserlessApplicationContext;
import com.vaadin.browserless.BrowserlessUIContext;
import com.vaadin.browserless.SpringBrowserlessApplicationContext;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A client on "My better moments", browserless (no browser, the real views and services): types a
 * moment, clicks save, opens a page. Issue 16 scenario 2 uses it while the database is down. A
 * click that throws is handed to the session's error handler, as Flow does with an exception from a
 * click in a real browser (browserless fires the listener directly). Everything on one thread.
 */
public final class OutageUi implements AutoCloseable {

    private final BrowserlessApplicationContext app;
    private final BrowserlessUIContext window;
    private TextArea context;
    private Button save;

    private OutageUi(BrowserlessApplicationContext app, BrowserlessUIContext window) {
        this.app = app;
        this.window = window;
    }

    public static OutageUi signIn(ApplicationContext spring, String username) {
        UserDetails user = spring.getBean(UserDetailsService.class).loadUserByUsername(username);
        var secured = SpringBrowserlessApplicationContext.createSecured(spring, "app.tether");
        var window = secured.newUser(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()))
                .newWindow();
        return new OutageUi(secured, window);
    }

    /** Opens the moment form; returns the view shown (the error view when the database is down). */
    public Component openMomentForm() {
        window.activate();
        window.navigate("my-exceptions", Component.class);
        Component view = (Component) window.getCurrentView();
        if (!(view instanceof DatabaseDownView)) {
            context = window.find(TextArea.class).withId("entry-context").single();
            save = window.find(Button.class).withId("entry-save").single();
        }
        return view;
    }

    /** Types into the first prompt as a person does (its autosave reaches the database). */
    public void type(String text) {
        window.activate();
        window.test(context).setValue(text);
    }

    public String typed() {
        return context.getValue();
    }

    /** Clicks save; returns the texts of the notices it left on the screen. */
    public List<String> clickSave() {
        window.activate();
        window.find(Notification.class).all().forEach(n -> n.close());
        window.roundTrip();
        try {
            window.test(save).click();
        } catch (RuntimeException e) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(e));
        }
        window.roundTrip();
        List<String> texts = new ArrayList<>();
        for (Notification n : window.find(Notification.class).all()) {
            if (n.isOpened()) {
                texts.add(window.test(n).getText());
            }
        }
        return texts;
    }

    /** The text of a page as a person reads it. */
    public static String text(Component page) {
        return page.getElement().getTextRecursively();
    }

    @Override
    public void close() {
        app.close();
    }
}
