package app.tether;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Tether: practice-management dashboard for the six-stage attachment-repair programme.
 * Plain Vaadin components and a static stylesheet only, so no frontend build (and no Node.js) is needed.
 * Server push keeps the therapist's home screen live: off by default, turned on by the screen that
 * needs it (so the login page and other screens hold no connection); a WebSocket carries changes to
 * the browser (long polling when it cannot open), while the browser's own messages stay plain
 * requests through Spring Security's filters (docs/decisions/018).
 */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
@Meta(name = "color-scheme", content = "light")
@Push(value = PushMode.DISABLED, transport = Transport.WEBSOCKET_XHR)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
