package app.tether.security.ui;

import app.tether.base.ValidationProblem;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.SaveOnce;
import app.tether.base.ui.Notices;
import app.tether.security.CurrentUser;
import app.tether.security.SecondStepSignIn;
import app.tether.security.TwoFactorService;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;

/**
 * Setting up two-factor sign-in: scan the QR code or type the secret, confirm with a first code,
 * then keep the recovery codes, which are shown only here. Required staff arrive here right after
 * the password; anyone else from the password page.
 */
@Route("two-factor/setup")
@PermitAll
public class TwoFactorSetupView extends Div implements HasDynamicTitle {

    final TextField code = new TextField();
    final Button confirm = new Button();
    final Span secret = new Span();
    final Div recovery = new Div();
    final Button done = new Button();
    final Button remove = new Button();

    private final TwoFactorService twoFactor;
    private final SecondStepSignIn signIn;

    TwoFactorSetupView(TwoFactorService twoFactor, SecondStepSignIn signIn, CurrentUser currentUser,
                       AuthenticationContext auth) {
        this.twoFactor = twoFactor;
        this.signIn = signIn;
        addClassNames("page", "page-narrow", "two-factor-page");
        add(new H2(getTranslation("twoFactor.setup.title")));
        boolean pending = currentUser.secondStepPending();
        var status = twoFactor.status();
        if (status.enrolled()) {
            showEnrolled(status);
            return;
        }
        if (status.required()) {
            var must = new Paragraph(getTranslation("twoFactor.setup.must"));
            must.addClassName("conflict");
            must.setId("two-factor-must");
            add(must);
        }
        add(new Paragraph(getTranslation("twoFactor.setup.text")));
        var enrolment = twoFactor.startEnrolment();

        var qr = new Image(QrSvg.dataUri(enrolment.otpauthUri()), getTranslation("twoFactor.setup.qrAlt"));
        qr.addClassName("totp-qr");
        qr.setId("totp-qr");
        secret.setText(enrolment.groupedSecret());
        secret.addClassName("totp-secret");
        secret.setId("totp-secret");
        var secretLabel = new Span(getTranslation("twoFactor.setup.secretLabel"));
        secretLabel.setId("totp-secret-label");
        secret.getElement().setAttribute("aria-labelledby", "totp-secret-label");
        var secretBox = new Div(secretLabel, secret);
        secretBox.addClassName("totp-secret-box");

        var steps = new OrderedList(
                new ListItem(new Span(getTranslation("twoFactor.setup.step1")), qr),
                new ListItem(new Span(getTranslation("twoFactor.setup.step2")), secretBox),
                new ListItem(getTranslation("twoFactor.setup.step3")));
        steps.addClassName("totp-steps");

        code.setLabel(getTranslation("twoFactor.setup.codeLabel"));
        code.setId("two-factor-code");
        code.setAllowedCharPattern("[0-9]");
        code.getElement().setProperty("autocomplete", "one-time-code");
        code.setWidthFull();
        var errors = new FormErrors(this).bind("code", code);
        confirm.setText(getTranslation("twoFactor.setup.confirm"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("two-factor-confirm");
        confirm.addClickShortcut(Key.ENTER);
        var panel = new Div(steps, code, confirm);
        panel.addClassNames("panel", "stack");
        add(panel);
        if (pending) {
            var signOut = new Button(getTranslation("nav.signOut"), e -> auth.logout());
            signOut.addThemeVariants(ButtonVariant.TERTIARY);
            signOut.setId("two-factor-sign-out");
            panel.add(signOut);
        }
        SaveOnce.onClick(confirm, () -> {
            try {
                var enrolled = twoFactor.confirmEnrolment(enrolment.secret(), code.getValue());
                if (pending) {
                    signIn.complete(enrolled.signedIn());
                }
                // The setup steps are done with; only the codes to keep remain.
                removeAll();
                add(new H2(getTranslation("twoFactor.setup.title")));
                showRecoveryCodes(enrolled.recoveryCodes());
            } catch (ValidationProblem p) {
                code.clear();
                errors.show(p);
            }
        });
    }

    private void showRecoveryCodes(java.util.List<String> codes) {
        var list = new OrderedList();
        codes.forEach(c -> list.add(new ListItem(c)));
        list.addClassName("recovery-codes");
        list.setId("recovery-codes");
        done.setText(getTranslation("twoFactor.recovery.done"));
        done.addThemeVariants(ButtonVariant.PRIMARY);
        done.setId("two-factor-continue");
        // A fresh page load, so the menu and every view see the full sign-in.
        done.addClickListener(e -> getUI().ifPresent(ui -> ui.getPage().setLocation("/")));
        var heading = new H3(getTranslation("twoFactor.recovery.title"));
        var text = new Paragraph(getTranslation("twoFactor.recovery.text"));
        recovery.add(heading, text, list, done);
        recovery.addClassNames("panel", "stack");
        recovery.setId("recovery-panel");
        add(recovery);
        Notices.success(getTranslation("twoFactor.setup.on"));
    }

    private void showEnrolled(TwoFactorService.Status status) {
        var on = new Paragraph(getTranslation("twoFactor.status.on", status.recoveryCodesLeft()));
        on.setId("two-factor-status");
        var panel = new Div(on);
        panel.addClassNames("panel", "stack");
        add(panel);
        if (status.required()) {
            panel.add(new Paragraph(getTranslation("twoFactor.status.required")));
            return;
        }
        code.setLabel(getTranslation("twoFactor.code.label"));
        code.setId("two-factor-code");
        // No maxLength: a pasted "123 456" would lose its last digit; the service tidies spaces.
        code.getElement().setProperty("autocomplete", "one-time-code");
        var errors = new FormErrors(this).bind("code", code);
        remove.setText(getTranslation("twoFactor.status.remove"));
        remove.addThemeVariants(ButtonVariant.ERROR);
        remove.setId("two-factor-remove");
        SaveOnce.onClick(remove, () -> {
            try {
                twoFactor.remove(code.getValue());
                Notices.success(getTranslation("twoFactor.status.removed"));
                getUI().ifPresent(ui -> ui.navigate(ChangePasswordView.class));
            } catch (ValidationProblem p) {
                code.clear();
                errors.show(p);
            }
        });
        panel.add(code, remove);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("twoFactor.setup.title") + " · " + getTranslation("app.name");
    }
}
