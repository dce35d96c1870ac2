package app.tether.security.ui;

import app.tether.base.ValidationProblem;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.SaveOnce;
import app.tether.security.SecondStepSignIn;
import app.tether.security.TwoFactorService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/** The second sign-in step: a code from the authenticator app, or a recovery code. */
@Route("two-factor")
@PermitAll
public class TwoFactorCodeView extends Div implements HasDynamicTitle {

    final TextField code = new TextField();
    final Button verify = new Button();
    final Button signOut = new Button();

    TwoFactorCodeView(TwoFactorService twoFactor, SecondStepSignIn signIn, AuthenticationContext auth) {
        addClassNames("page", "page-narrow", "two-factor-page");
        add(new H2(getTranslation("twoFactor.code.title")));
        add(new Paragraph(getTranslation("twoFactor.code.text")));
        code.setLabel(getTranslation("twoFactor.code.label"));
        code.setHelperText(getTranslation("twoFactor.code.help"));
        code.setId("two-factor-code");
        // No maxLength: a pasted code with spaces or dashes would be cut; the service tidies it.
        code.setAutofocus(true);
        code.getElement().setProperty("autocomplete", "one-time-code");
        code.getElement().setAttribute("autocapitalize", "off");
        code.setWidthFull();
        var errors = new FormErrors(this).bind("code", code);
        verify.setText(getTranslation("twoFactor.code.verify"));
        verify.addThemeVariants(ButtonVariant.PRIMARY);
        verify.setId("two-factor-verify");
        verify.addClickShortcut(Key.ENTER);
        SaveOnce.onClick(verify, () -> {
            try {
                signIn.complete(twoFactor.verify(code.getValue()));
                // A fresh page load, so the menu and every view see the full sign-in.
                getUI().ifPresent(ui -> ui.getPage().setLocation("/"));
            } catch (ValidationProblem p) {
                code.clear();
                errors.show(p);
            }
        });
        signOut.setText(getTranslation("nav.signOut"));
        signOut.addThemeVariants(ButtonVariant.TERTIARY);
        signOut.setId("two-factor-sign-out");
        signOut.addClickListener(e -> auth.logout());
        var panel = new Div(code, verify, signOut);
        panel.addClassNames("panel", "stack");
        add(panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twoFactor.code.title") + " · " + getTranslation("app.name");
    }
}
