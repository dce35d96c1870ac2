package app.tether.shell;

import app.tether.security.CurrentUser;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/** "/" sends each person to their own landing page. */
@Route("")
@PermitAll
class HomeView extends Div implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String target = switch (currentUser.require().role()) {
            case THERAPIST -> "caseload";
            case CLIENT -> "my-homework";
            case ADMIN -> "admin/accounts";
        };
        event.forwardTo(target);
    }
}
