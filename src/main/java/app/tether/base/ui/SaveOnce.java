package app.tether.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.shared.Registration;

/**
 * A button that acts once per click, however fast it is clicked again: the browser disables it
 * the moment it is clicked, and it comes back when the server has finished. Used for every
 * button that saves, sends, assigns, records or creates.
 */
public final class SaveOnce {

    private SaveOnce() {
    }

    public static Registration onClick(Button button, Runnable action) {
        button.setDisableOnClick(true);
        return button.addClickListener(e -> {
            try {
                action.run();
            } finally {
                button.setEnabled(true);
            }
        });
    }

    /** A new button that acts once per click. */
    public static Button button(String text, Runnable action) {
        var button = new Button(text);
        onClick(button, action);
        return button;
    }
}
