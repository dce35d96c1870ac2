package app.tether.security.ui;

import app.tether.base.Language;
import app.tether.base.ValidationProblem;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.base.ui.UiLocale;
import app.tether.security.AccountService;
import app.tether.security.PasswordPolicy;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * Everyone can replace their password (after an admin's temporary one, they must) and choose the
 * language of their screens (decision 024).
 */
@Route("password")
@Menu(title = "nav.password", order = 90, icon = "vaadin:key")
@PermitAll
public class ChangePasswordView extends Div implements HasDynamicTitle {

    final PasswordField current = new PasswordField();
    final PasswordField fresh = new PasswordField();
    final PasswordField repeat = new PasswordField();
    final Button save = new Button();
    final RadioButtonGroup<Language> language = new RadioButtonGroup<>();
    final Button saveLanguage = new Button();

    ChangePasswordView(AccountService accounts, app.tether.security.TwoFactorService twoFactor) {
        addClassNames("page", "page-narrow");
        add(new H2(getTranslation("password.title")));
        if (accounts.mustChangePassword()) {
            var must = new Paragraph(getTranslation("password.must"));
            must.addClassName("conflict");
            must.setId("password-must");
            add(must);
        }
        current.setLabel(getTranslation("password.current"));
        current.setId("password-current");
        fresh.setLabel(getTranslation("password.fresh"));
        fresh.setHelperText(getTranslation("password.fresh.help", PasswordPolicy.MIN_LENGTH,
                PasswordPolicy.RECOMMENDED_LENGTH));
        // No maxLength: the browser counts UTF-16 units and would cut a pasted passphrase without a
        // word; the policy counts code points and says so when one is too long.
        fresh.setId("password-fresh");
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.setId("password-repeat");
        for (PasswordField f : new PasswordField[] {current, fresh, repeat}) {
            f.setWidthFull();
        }
        var errors = new FormErrors(this).bind("current", current).bind("fresh", fresh).bind("repeat", repeat);
        save.setText(getTranslation("password.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("password-save");
        app.tether.base.ui.SaveOnce.onClick(save, () -> {
            try {
                accounts.changeOwnPassword(current.getValue(), fresh.getValue(), repeat.getValue());
                errors.clear();
                Notices.success(getTranslation("password.changed"));
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (ValidationProblem p) {
                errors.show(p);
            }
        });
        var panel = new Div(current, fresh, repeat, save);
        panel.addClassNames("panel", "stack");
        add(panel);
        add(languagePanel(accounts));
        add(twoFactorPanel(twoFactor.status()));
    }

    private Div languagePanel(AccountService accounts) {
        var heading = new H3(getTranslation("language.title"));
        language.setLabel(getTranslation("language.pick"));
        language.setHelperText(getTranslation("language.help"));
        language.setItems(Language.values());
        // Each name in its own language, marked so, for screen readers and fonts.
        language.setRenderer(new ComponentRenderer<>(l -> {
            var name = new Span(l.ownName());
            name.getElement().setAttribute("lang", l.tag());
            return name;
        }));
        language.setValue(accounts.myLanguage().orElse(Language.forLocale(getLocale())));
        language.setId("language");
        var errors = new FormErrors(this).bind("language", language);
        saveLanguage.setText(getTranslation("language.save"));
        saveLanguage.setId("language-save");
        saveLanguage.addClickListener(e -> {
            try {
                accounts.changeOwnLanguage(language.getValue());
                errors.clear();
                // At once here and in the session; the page reloads so every text is rebuilt in it.
                getUI().ifPresent(ui -> {
                    UiLocale.apply(ui, language.getValue());
                    ui.getPage().reload();
                });
            } catch (ValidationProblem p) {
                errors.show(p);
            }
        });
        var panel = new Div(heading, language, saveLanguage);
        panel.addClassNames("panel", "stack");
        panel.setId("language-panel");
        return panel;
    }

    private Div twoFactorPanel(app.tether.security.TwoFactorService.Status status) {
        var heading = new com.vaadin.flow.component.html.H3(getTranslation("twoFactor.setup.title"));
        var text = new Paragraph(status.enrolled()
                ? getTranslation("twoFactor.status.on", status.recoveryCodesLeft())
                : getTranslation("twoFactor.offer"));
        var link = new com.vaadin.flow.router.RouterLink(getTranslation(status.enrolled()
                ? "twoFactor.manage" : "twoFactor.setUp"), TwoFactorSetupView.class);
        link.setId("two-factor-link");
        var panel = new Div(heading, text, link);
        panel.addClassNames("panel", "stack");
        panel.setId("two-factor-panel");
        return panel;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " · " + getTranslation("app.name");
    }
}
