package app.tether.homework.ui;

import app.tether.base.ui.TextLimit;
import app.tether.homework.LetterAnswer;
import app.tether.programme.FieldSpec;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A letter as the answer (decision record 035): an optional salutation, the body with its paragraphs,
 * an optional closing, laid out like a letter. Read-only, it shows the letter as a page of plain text
 * (text nodes, line breaks kept): the therapist's review and the client's sent copy.
 */
final class LetterEditor implements FieldEditor {

    private final Div root = new Div();
    private final Div writing = new Div();
    private final Div page = new Div();
    private final TextField salutation = new TextField();
    private final TextArea body = new TextArea();
    private final TextField closing = new TextField();
    private final Span error = new Span();
    private final boolean required;

    LetterEditor(FieldSpec spec, String label, String help, BiFunction<String, Object[], String> t, Runnable onChange) {
        this.required = spec.required();
        root.addClassName("letter-answer-editor");
        root.setId("field-" + spec.key());
        var title = new Span(label);
        title.addClassName("list-editor-label");
        root.add(title);
        if (help != null && !help.isBlank()) {
            var hint = new Paragraph(help);
            hint.addClassName("list-editor-help");
            root.add(hint);
        }
        salutation.setLabel(t.apply("homework.letter.salutation", new Object[0]));
        salutation.setPlaceholder(t.apply("homework.letter.salutation.placeholder", new Object[0]));
        salutation.setId("field-" + spec.key() + "-salutation");
        body.setLabel(t.apply("homework.letter.body", new Object[0]));
        body.setHelperText(t.apply("homework.letter.body.help", new Object[0]));
        body.setRequiredIndicatorVisible(required);
        body.setId("field-" + spec.key() + "-body");
        body.addClassName("letter-body-input");
        closing.setLabel(t.apply("homework.letter.closing", new Object[0]));
        closing.setPlaceholder(t.apply("homework.letter.closing.placeholder", new Object[0]));
        closing.setId("field-" + spec.key() + "-closing");
        TextLimit.on(salutation, FieldSpec.LETTER_LINE_MAX_LENGTH);
        TextLimit.on(body, spec.maxLength());
        TextLimit.on(closing, FieldSpec.LETTER_LINE_MAX_LENGTH);
        for (var field : List.of(salutation, body, closing)) {
            field.setWidthFull();
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(Editors.SAVE_AFTER_MS);
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    setError(null);
                    onChange.run();
                }
            });
        }
        body.setManualValidation(true);
        error.addClassName("field-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        writing.addClassNames("letter-paper", "letter-writing");
        writing.add(salutation, body, closing);
        page.addClassNames("letter-paper", "letter-body", "letter-answer");
        page.setVisible(false);
        root.add(writing, page, error);
    }

    void bodyHelp(String help) {
        body.setHelperText(help);
    }

    @Override
    public Component component() {
        return root;
    }

    @Override
    public List<String> values() {
        return List.of(salutation.getValue(), body.getValue(), closing.getValue());
    }

    @Override
    public void setValues(List<String> values) {
        LetterAnswer letter = LetterAnswer.of(values);
        salutation.setValue(letter.salutation() == null ? "" : letter.salutation());
        // The body as typed (inner spaces and blank lines kept), not stripped like the lines.
        body.setValue(values.size() > 1 && values.get(1) != null ? values.get(1) : "");
        closing.setValue(letter.closing() == null ? "" : letter.closing());
        renderPage(letter);
    }

    private void renderPage(LetterAnswer letter) {
        page.removeAll();
        if (letter.salutation() != null) {
            page.add(paragraph(letter.salutation(), "letter-salutation"));
        }
        letter.paragraphs().forEach(p -> page.add(paragraph(p, null)));
        if (letter.closing() != null) {
            page.add(paragraph(letter.closing(), "letter-closing"));
        }
    }

    private static Paragraph paragraph(String text, String className) {
        var p = new Paragraph(text);
        if (className != null) {
            p.addClassName(className);
        }
        return p;
    }

    @Override
    public void setError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
        body.setInvalid(message != null);
    }

    @Override
    public boolean hasError() {
        return error.isVisible() || body.isInvalid();
    }

    /** Read-only: the letter as a page, not three inputs. */
    @Override
    public void setReadOnly(boolean readOnly) {
        if (readOnly) {
            renderPage(LetterAnswer.of(values()));
        }
        writing.setVisible(!readOnly);
        page.setVisible(readOnly);
        for (var field : List.of(salutation, body, closing)) {
            TextLimit.setReadOnly(field, readOnly);
        }
        body.setRequiredIndicatorVisible(required && !readOnly);
    }
}
