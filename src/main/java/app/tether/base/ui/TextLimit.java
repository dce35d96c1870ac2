package app.tether.base.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;

/**
 * A character limit the person can see. The browser's maxLength is never set: it cuts pasted text
 * without a word. Instead a counter ("123 / 4,000") sits under the field and, beyond the limit,
 * the text stays on the screen with a message saying so. The service that saves the text checks
 * the same limit (one constant for both); this only says it early.
 */
public final class TextLimit {

    /** Pause in typing before the counter of a field that syncs only on change is updated. */
    static final int COUNT_AFTER_MS = 300;

    private final TextFieldBase<?, String> field;
    private final int max;
    private final Span count = new Span();
    private String ownMessage;

    private TextLimit(TextFieldBase<?, String> field, int max) {
        this.field = field;
        this.max = max;
    }

    /**
     * Puts a counter of at most {@code max} characters on the field. Guidance set earlier with
     * {@code setHelperText} stays, before the counter.
     */
    public static TextLimit on(TextFieldBase<?, String> field, int max) {
        TextLimit limit = new TextLimit(field, max);
        field.setManualValidation(true);
        String help = field.getHelperText();
        var helper = new Span();
        helper.addClassName("field-helper");
        if (help != null && !help.isBlank()) {
            var guidance = new Span(help);
            guidance.addClassName("field-guidance");
            helper.add(guidance);
            field.setHelperText(null);
        }
        limit.count.addClassName("char-count");
        helper.add(limit.count);
        field.setHelperComponent(helper);
        field.addValueChangeListener(e -> limit.check(length(e.getValue())));
        if (field.getValueChangeMode() == ValueChangeMode.ON_CHANGE
                || field.getValueChangeMode() == ValueChangeMode.ON_BLUR) {
            // The value reaches the server only on blur; the count follows typing on its own event.
            field.getElement().addEventListener("input",
                    e -> limit.check(e.getEventData().get("element.value.length").asInt()))
                    .addEventData("element.value.length").debounce(COUNT_AFTER_MS);
        }
        ComponentUtil.setData(field, TextLimit.class, limit);
        limit.show(length(field.getValue()));
        return limit;
    }

    /**
     * Makes the field read-only or editable again. Read-only text is not being written: the counter
     * and the writing guidance under it are hidden while it is.
     */
    public static void setReadOnly(TextFieldBase<?, String> field, boolean readOnly) {
        field.setReadOnly(readOnly);
        if (of(field).isPresent() && field.getHelperComponent() != null) {
            field.getHelperComponent().setVisible(!readOnly);
        }
    }

    /** The limit on a field, if {@link #on} put one there. */
    public static Optional<TextLimit> of(HasValue<?, ?> field) {
        return field instanceof TextFieldBase<?, ?> c
                ? Optional.ofNullable(ComponentUtil.getData(c, TextLimit.class)) : Optional.empty();
    }

    public int max() {
        return max;
    }

    public boolean exceeded() {
        return length(field.getValue()) > max;
    }

    /** The counter's text, e.g. "123 / 4,000". */
    public String countText() {
        return count.getText();
    }

    /** After a change: a message if too long, otherwise any earlier message goes (it was about old text). */
    void check(int length) {
        show(length);
        if (length > max) {
            ownMessage = field.getTranslation("validation.text.tooLong", max, length);
            field.setErrorMessage(ownMessage);
            field.setInvalid(true);
        } else if (field.isInvalid()) {
            field.setInvalid(false);
            field.setErrorMessage(null);
            ownMessage = null;
        }
    }

    private void show(int length) {
        count.setText(field.getTranslation("common.textCount", length, max));
        count.getElement().getClassList().set("over", length > max);
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }
}
