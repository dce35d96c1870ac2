package app.tether.base.ui;

import app.tether.base.ValidationProblem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ScrollOptions;
import com.vaadin.flow.component.html.Div;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Shows a service's validation messages next to the fields they belong to. Field values are
 * never touched, so nothing the user typed is lost. A field's message goes as soon as its value
 * changes: it was about the old value.
 */
public final class FormErrors {

    /** Where a form's own message sits, relative to the fields it points at. */
    public enum Place { ABOVE_FIELDS, BELOW_FIELDS }

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private Div message;
    private Place place;
    private boolean unplacedShown;

    public FormErrors(Component owner) {
        this.owner = owner;
    }

    public FormErrors bind(String field, HasValidation component) {
        fields.put(field, component);
        component.setManualValidation(true);
        if (component instanceof HasValue<?, ?> value) {
            value.addValueChangeListener(e -> {
                clear(component);
                hideMessageWhenFixed();
            });
        }
        return this;
    }

    /**
     * A change in any of {@code others} also clears {@code field}'s message: for a rule about
     * several fields that is shown on one of them ("write in at least one of the prompts").
     */
    public FormErrors alsoClearedBy(String field, Iterable<? extends HasValue<?, ?>> others) {
        others.forEach(o -> o.addValueChangeListener(e -> {
            HasValidation target = fields.get(field);
            if (target != null && target != o) {
                clear(target);
                hideMessageWhenFixed();
            }
        }));
        return this;
    }

    /**
     * A line for the form as a whole, shown inline (never over the page): messages no field owns,
     * and a pointer to the fields marked in red, worded for where the view puts this line.
     */
    public Div message(Place where) {
        if (message == null) {
            message = new Div();
            message.addClassName("form-message");
            message.getElement().setAttribute("role", "alert");
            message.setVisible(false);
        }
        place = where;
        return message;
    }

    /** The form's line pointed at marked fields; once none is marked and nothing else was said, it goes. */
    private void hideMessageWhenFixed() {
        if (message != null && message.isVisible() && !unplacedShown
                && fields.values().stream().noneMatch(HasValidation::isInvalid)) {
            message.setVisible(false);
        }
    }

    public void clear() {
        fields.values().forEach(FormErrors::clear);
        if (message != null) {
            message.setText("");
            message.setVisible(false);
        }
    }

    private static void clear(HasValidation f) {
        if (f instanceof HasValue<?, ?> v && TextLimit.of(v).map(TextLimit::exceeded).orElse(false)) {
            return;
        }
        f.setInvalid(false);
        f.setErrorMessage(null);
    }

    /**
     * Returns messages that have no field of their own. With a {@link #message} line they are shown
     * there too, after the pointer to the marked fields; without one the view shows them itself.
     */
    public String show(ValidationProblem problem) {
        clear();
        StringBuilder unplaced = new StringBuilder();
        boolean placed = false;
        for (ValidationProblem.FieldError e : problem.errors()) {
            String text = owner.getTranslation(e.messageKey(), e.args().toArray());
            HasValidation field = fields.get(e.field());
            if (field == null) {
                unplaced.append(unplaced.isEmpty() ? "" : " ").append(text);
            } else {
                field.setErrorMessage(text);
                field.setInvalid(true);
                placed = true;
            }
        }
        if (message != null) {
            String pointer = placed ? owner.getTranslation(place == Place.ABOVE_FIELDS
                    ? "common.fixMarkedBelow" : "common.fixMarkedAbove") : "";
            message.setText((pointer + " " + unplaced).strip());
            unplacedShown = !unplaced.isEmpty();
            message.setVisible(!message.getText().isEmpty());
            if (message.isVisible()) {
                seen(message);
            }
        }
        return unplaced.toString();
    }

    /**
     * As {@link #show}, and messages no field owns are never lost: without a message line they
     * go to a notice (a refusal such as "this case was closed" has no field of its own).
     */
    public void report(ValidationProblem problem) {
        String rest = show(problem);
        if (message == null && !rest.isEmpty()) {
            Notices.error(rest);
        }
    }

    /** Brings a form's message to the middle of the window: clear of a phone's menu bar at the bottom. */
    public static void seen(Component message) {
        var middle = new ScrollOptions();
        middle.setBlock(ScrollOptions.Alignment.CENTER);
        message.scrollIntoView(middle);
    }
}
