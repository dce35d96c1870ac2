package app.tether.security.ui;

import app.tether.base.DemoNotice;
import app.tether.base.ui.DemoBanner;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Sign-in for everyone; Spring Security handles the form post to /login. */
@Route(value = "login", autoLayout = false)
@PageTitle("Tether")
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver {

    private final LoginForm form = new LoginForm();
    private final LoginI18n i18n = LoginI18n.createDefault();

    public LoginView(DemoNotice demo) {
        addClassName("login-page");
        DemoBanner.create(this, demo.demoPresent()).ifPresent(this::add);
        LoginI18n.Form f = i18n.getForm();
        f.setTitle(getTranslation("login.title"));
        f.setUsername(getTranslation("login.username"));
        f.setPassword(getTranslation("login.password"));
        f.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage err = i18n.getErrorMessage();
        err.setTitle(getTranslation("login.error.title"));
        err.setMessage(getTranslation("login.error.message"));
        err.setUsername(getTranslation("login.username.required"));
        err.setPassword(getTranslation("login.password.required"));
        i18n.setForm(f);
        i18n.setErrorMessage(err);
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);

        var brand = new H1(getTranslation("app.name"));
        brand.addClassName("login-brand");
        var tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("login-tagline");
        var help = new Paragraph(getTranslation("login.help"));
        help.addClassName("login-help");
        var card = new Div(brand, tagline, form, help);
        if (demo.demoPresent()) {
            // The demo's published logins skip the code step; say so, so no one takes it for the real thing.
            var oneStep = new Paragraph(getTranslation("login.demoOneStep"));
            oneStep.addClassName("login-help");
            oneStep.setId("login-demo-one-step");
            card.add(oneStep);
        }
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        Integer minutes = parameters.getSingleParameter("throttled").map(LoginView::minutes).orElse(null);
        if (minutes != null) {
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message", minutes));
            form.setI18n(i18n);
        }
        form.setError(minutes != null || parameters.getParameters().containsKey("error"));
    }

    /** The wait from the failure URL, kept within the throttle's bounds whatever the URL says. */
    private static Integer minutes(String value) {
        try {
            return Math.clamp(Integer.parseInt(value.strip()), 1, 24 * 60);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
