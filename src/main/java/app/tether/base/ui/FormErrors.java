package app.tether.base.ui;

import app.tether.base.ValidationProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a service's validation messages next to the fields they belong to. Field values are
 * never touched, so nothing the user typed is lost.
 */
public final class FormErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FormErrors(Component owner) {
        this.owner = owner;
    }

    public FormErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        component.setManualValidation(true);
        return this;
    }

    public void clear() {
        fields.values().forEach(f -> {
            f.setInvalid(false);
            f.setErrorMessage(null);
        });
    }

    /** Returns messages that have no field of their own, for a notification. */
    public String show(ValidationProblem problem) {
        clear();
        StringBuilder unplaced = new StringBuilder();
        for (ValidationProblem.FieldError e : problem.errors()) {
            String text = owner.getTranslation(e.messageKey(), e.args().toArray());
            HasValidation field = fields.get(e.field());
            if (field == null) {
                unplaced.append(unplaced.isEmpty() ? "" : " ").append(text);
            } else {
                field.setErrorMessage(text);
                field.setInvalid(true);
            }
        }
        return unplaced.toString();
    }
}
