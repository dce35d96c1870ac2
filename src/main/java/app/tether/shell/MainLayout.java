package app.tether.shell;

import app.tether.base.DemoNotice;
import app.tether.base.ui.DemoBanner;
import app.tether.security.CurrentUser;
import app.tether.security.Role;
import app.tether.security.TetherUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The frame around every page (Vaadin's automatic layout, so views need not name it and feature
 * modules do not depend on this one): app name, the person, sign-out, navigation per role.
 * Access is decided per view; the layout itself shows nothing private.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser, AuthenticationContext authContext, DemoNotice demo) {
        setPrimarySection(Section.DRAWER);
        addClassName("main-layout");
        // Not touch-optimised: on phones it stays at the top while the bar moves to the bottom.
        DemoBanner.create(this, demo.demoPresent()).ifPresent(b -> addToNavbar(b));
        TetherUser user = currentUser.get().orElse(null);
        if (user == null) {
            // Error pages reached before signing in: no menu, no person.
            var title = new Span(getTranslation("app.name"));
            title.addClassName("app-title");
            addToNavbar(title);
            setDrawerOpened(false);
            return;
        }

        var toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        var title = new Span(getTranslation("app.name"));
        title.addClassName("app-title");
        var who = new Span(user.displayName());
        who.addClassName("app-user");
        var signOut = new Button(getTranslation("nav.signOut"), VaadinIcon.SIGN_OUT.create(),
                e -> authContext.logout());
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.setId("sign-out");
        var bar = new Div(toggle, title, who, signOut);
        bar.addClassName("app-bar");
        addToNavbar(true, bar);

        var brand = new Div(new Span(getTranslation("app.name")));
        brand.addClassName("drawer-brand");
        var tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("drawer-tagline");
        brand.add(tagline);
        addToDrawer(brand, new Scroller(navigation(user.role())));
    }

    private SideNav navigation(Role role) {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        switch (role) {
            case THERAPIST -> {
                nav.addItem(new SideNavItem(getTranslation("nav.caseload"), "caseload", VaadinIcon.USERS.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.review"), "review", VaadinIcon.INBOX.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.today"), "sessions/today",
                        VaadinIcon.CALENDAR_CLOCK.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.week"), "appointments/week",
                        VaadinIcon.CALENDAR.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.exercises"), "exercises", VaadinIcon.BOOK.create()));
            }
            case CLIENT -> {
                nav.addItem(new SideNavItem(getTranslation("nav.myHomework"), "my-homework",
                        VaadinIcon.CLIPBOARD_CHECK.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.myExceptions"), "my-exceptions",
                        VaadinIcon.SUN_O.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.myScale"), "my-scale", VaadinIcon.CHART_LINE.create()));
            }
            case ADMIN -> {
                nav.addItem(new SideNavItem(getTranslation("nav.accounts"), "admin/accounts",
                        VaadinIcon.USER_CARD.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.cases"), "admin/cases",
                        VaadinIcon.CONNECT.create()));
                nav.addItem(new SideNavItem(getTranslation("nav.audit"), "admin/audit",
                        VaadinIcon.RECORDS.create()));
            }
        }
        nav.addItem(new SideNavItem(getTranslation("nav.password"), "password", VaadinIcon.KEY.create()));
        return nav;
    }
}
