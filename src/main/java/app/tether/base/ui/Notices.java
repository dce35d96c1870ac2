package app.tether.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/**
 * Short confirmations and errors in one consistent style, at the top: on a phone the menu bar sits
 * at the bottom, and a notice there would cover it.
 */
public final class Notices {

    private Notices() {
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.SUCCESS);
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        n.addThemeVariants(NotificationVariant.ERROR);
    }
}
