package app.tether.security.ui;

import app.tether.security.AccountService;
import app.tether.security.CurrentUser;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Someone signed in with a temporary password reaches no page but the password page until they
 * have chosen their own.
 */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    PasswordChangeGate(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            Class<?> target = enter.getNavigationTarget();
            // An error page (e.g. "the database did not answer") must show without the database.
            if (target == ChangePasswordView.class || target == LoginView.class || currentUser.get().isEmpty()
                    || com.vaadin.flow.router.HasErrorParameter.class.isAssignableFrom(target)) {
                return;
            }
            // One primary-key lookup per navigation; cheap, and always current.
            if (accounts.mustChangePassword()) {
                enter.rerouteTo(ChangePasswordView.class);
            }
        }));
    }
}
