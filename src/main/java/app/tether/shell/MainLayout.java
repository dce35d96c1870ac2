package app.tether.shell;

import app.tether.base.DemoNotice;
import app.tether.base.ui.DemoBanner;
import app.tether.security.CurrentUser;
import app.tether.security.TetherUser;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The frame around every page (Vaadin's automatic layout, so views need not name it; only the case
 * pages' frame, {@code caseload/ui/CaseLayout}, names it as its parent): app name, the person, sign-out, and the side navigation built
 * from the views' {@code @Menu} annotations (decision 019).
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
        addToDrawer(brand, new Scroller(navigation()));
    }

    /**
     * The views' own {@code @Menu} annotations, already filtered by what the signed-in person may open
     * (Vaadin checks each view's access annotations): titles are bundle keys, icons {@code vaadin:*}.
     */
    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            // Relative paths, as before: the app may sit under a context path.
            String path = entry.path().replaceFirst("^/", "");
            nav.addItem(new SideNavItem(getTranslation(entry.title()), path,
                    entry.icon() == null ? null : new Icon(entry.icon())));
        }
        return nav;
    }
}
