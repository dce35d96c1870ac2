package app.tether.home.ui;

import app.tether.base.ValidationProblem;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.base.ui.SaveOnce;
import app.tether.home.AttentionSettings;
import app.tether.home.HomeService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The therapist's own thresholds for "needs attention". The service owns the allowed ranges; the
 * dialog shows its messages next to the fields and keeps what was typed.
 */
class SettingsDialog extends Dialog {

    /** Field names as the service names them in its validation messages: the record's components. */
    static final List<String> FIELDS = List.of("ratingDropPoints", "ratingDropDays", "reviewWaitDays", "overdueDays",
            "noSessionDays", "noMomentDays");

    final Map<String, IntegerField> fields = new LinkedHashMap<>();
    final Button save = new Button();
    private final FormErrors errors = new FormErrors(this);

    SettingsDialog(HomeService home, Runnable saved) {
        setHeaderTitle(getTranslation("home.settings.title"));
        addClassName("home-settings-dialog");
        var help = new Paragraph(getTranslation("home.settings.help"));
        help.addClassName("muted");
        var form = new Div(help);
        form.addClassName("stack");
        AttentionSettings current = home.settings();
        List<Integer> values = List.of(current.ratingDropPoints(), current.ratingDropDays(), current.reviewWaitDays(),
                current.overdueDays(), current.noSessionDays(), current.noMomentDays());
        int[][] ranges = {
                {AttentionSettings.RATING_DROP_POINTS_MIN, AttentionSettings.RATING_DROP_POINTS_MAX},
                {AttentionSettings.RATING_DROP_DAYS_MIN, AttentionSettings.RATING_DROP_DAYS_MAX},
                {AttentionSettings.REVIEW_WAIT_DAYS_MIN, AttentionSettings.REVIEW_WAIT_DAYS_MAX},
                {AttentionSettings.OVERDUE_DAYS_MIN, AttentionSettings.OVERDUE_DAYS_MAX},
                {AttentionSettings.NO_SESSION_DAYS_MIN, AttentionSettings.NO_SESSION_DAYS_MAX},
                {AttentionSettings.NO_MOMENT_DAYS_MIN, AttentionSettings.NO_MOMENT_DAYS_MAX}};
        for (int i = 0; i < FIELDS.size(); i++) {
            String name = FIELDS.get(i);
            var field = new IntegerField(getTranslation("home.settings." + name));
            field.setHelperText(getTranslation("home.settings." + name + ".help"));
            field.setSuffixComponent(new Span(getTranslation(name.endsWith("Points")
                    ? "home.settings.unit.points" : "home.settings.unit.days")));
            field.setStepButtonsVisible(true);
            // The steppers stay in range; the service still judges what is typed.
            field.setMin(ranges[i][0]);
            field.setMax(ranges[i][1]);
            field.setRequiredIndicatorVisible(true);
            field.setValue(values.get(i));
            field.setId("setting-" + name);
            field.setWidthFull();
            fields.put(name, field);
            errors.bind(name, field);
            form.add(field);
        }
        form.add(errors.message(FormErrors.Place.ABOVE_FIELDS));
        add(form);

        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("settings-save");
        SaveOnce.onClick(save, () -> {
            if (!filledIn()) {
                return;
            }
            try {
                home.saveSettings(new AttentionSettings(v("ratingDropPoints"), v("ratingDropDays"), v("reviewWaitDays"),
                        v("overdueDays"), v("noSessionDays"), v("noMomentDays")));
            } catch (ValidationProblem p) {
                errors.show(p);
                return;
            }
            close();
            Notices.success(getTranslation("home.settings.saved"));
            saved.run();
        });
        var cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        getFooter().add(cancel, save);
    }

    /** An empty box is not a number the service can judge: say so here. */
    private boolean filledIn() {
        var missing = new ValidationProblem.Collector();
        fields.forEach((name, field) -> {
            if (field.getValue() == null) {
                missing.add(name, "home.settings.required");
            }
        });
        try {
            missing.throwIfAny();
            return true;
        } catch (ValidationProblem p) {
            errors.show(p);
            return false;
        }
    }

    private int v(String name) {
        return fields.get(name).getValue();
    }
}
