package app.tether.security.ui;

import app.tether.security.CurrentUser;
import app.tether.security.TwoFactorService;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Someone who gave the password but not yet the code reaches only the code page, or the setup
 * page when their role requires two-factor sign-in and they have not set it up. Their partial
 * authority already keeps role views and services shut; this sends them where they can go on.
 */
@Component
class TwoFactorGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final TwoFactorService twoFactor;

    TwoFactorGate(CurrentUser currentUser, TwoFactorService twoFactor) {
        this.currentUser = currentUser;
        this.twoFactor = twoFactor;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> ui.getUI().addBeforeEnterListener(enter -> {
            if (!currentUser.secondStepPending()) {
                return;
            }
            Class<?> target = enter.getNavigationTarget();
            Class<? extends com.vaadin.flow.component.Component> allowed = twoFactor.enrolmentNeeded() ? TwoFactorSetupView.class : TwoFactorCodeView.class;
            if (target != allowed && target != LoginView.class) {
                enter.forwardTo(allowed);
            }
        }));
    }
}
