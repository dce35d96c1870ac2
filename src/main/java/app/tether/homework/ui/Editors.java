package app.tether.homework.ui;

import app.tether.base.ui.TextLimit;
import app.tether.programme.FieldSpec;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;

/** Builds the input for each kind of prompt. {@code t} translates message keys. */
final class Editors {

    /** Pause after typing before a draft is saved. */
    static final int SAVE_AFTER_MS = 500;

    private Editors() {
    }

    static FieldEditor create(FieldSpec spec, String label, String help, Function<String, String> t,
                              java.util.function.BiFunction<String, Object[], String> tArgs,
                              List<String> pickOptions, Runnable onChange) {
        return switch (spec.kind()) {
            case TEXT -> new TextEditor(spec, label, help, tArgs, onChange);
            case LIST, RANKED -> new ListEditor(spec, label, help, tArgs, onChange);
            case DAYS -> new DaysEditor(spec, label, help, tArgs, onChange);
            case LETTER -> new LetterEditor(spec, label, help, tArgs, onChange);
            case RATING -> new RatingEditor(label, help, onChange);
            case PICK -> new PickEditor(spec, label, help, pickOptions, t.apply(spec.sourceInSameForm() == null
                    ? "homework.pickEmpty" : "homework.pickEmpty.sameForm"), onChange);
            // AnswerForm gives these to MomentsEditor; alone (no MOMENTS prompt to follow) they read as a list.
            case MOMENTS, PER_MOMENT -> new ListEditor(spec, label, help, tArgs, onChange);
        };
    }

    static final class TextEditor implements FieldEditor {
        private final TextArea area = new TextArea();
        private final boolean required;

        TextEditor(FieldSpec spec, String label, String help,
                   java.util.function.BiFunction<String, Object[], String> t, Runnable onChange) {
            this.required = spec.required();
            area.setLabel(label);
            area.setWidthFull();
            area.setRequiredIndicatorVisible(spec.required());
            area.setHelperText(help);
            area.setManualValidation(true);
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(SAVE_AFTER_MS);
            TextLimit.on(area, spec.maxLength());
            area.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    onChange.run();
                }
            });
            area.setId("field-" + spec.key());
        }

        public Component component() {
            return area;
        }

        public List<String> values() {
            return List.of(area.getValue());
        }

        public void setValues(List<String> values) {
            area.setValue(values.isEmpty() ? "" : values.getFirst());
        }

        public void setError(String message) {
            area.setErrorMessage(message);
            area.setInvalid(message != null);
        }

        public boolean hasError() {
            return area.isInvalid();
        }

        /** Read-only answers drop what is there for answering: required marker, guidance, counter. */
        public void setReadOnly(boolean readOnly) {
            TextLimit.setReadOnly(area, readOnly);
            area.setRequiredIndicatorVisible(required && !readOnly);
        }
    }

    /** A list of short entries; with RANKED the order matters and arrows move entries. */
    static final class ListEditor implements FieldEditor {
        private final FieldSpec spec;
        private final Runnable onChange;
        private final java.util.function.BiFunction<String, Object[], String> t;
        private final Div root = new Div();
        private final Div rows = new Div();
        private final Span error = new Span();
        private final Button add;
        private final List<TextField> fields = new ArrayList<>();
        private Paragraph hint;
        private boolean readOnly;

        ListEditor(FieldSpec spec, String label, String help,
                   java.util.function.BiFunction<String, Object[], String> t, Runnable onChange) {
            this.spec = spec;
            this.onChange = onChange;
            this.t = t;
            root.addClassName("list-editor");
            root.setId("field-" + spec.key());
            var title = new Span(label);
            title.addClassName("list-editor-label");
            // The framework's hints already state the count; only plain prompts get the generic range.
            hint = new Paragraph(help == null || help.isBlank()
                    ? t.apply("homework.entries", new Object[] {spec.minItems(), spec.maxItems()}) : help);
            hint.addClassName("list-editor-help");
            error.addClassName("field-error");
            error.getElement().setAttribute("role", "alert");
            error.setVisible(false);
            rows.addClassName("list-editor-rows");
            add = new Button(t.apply("homework.addEntry", new Object[0]), VaadinIcon.PLUS.create(), e -> {
                addRow("");
                fields.getLast().focus();
            });
            add.addThemeVariants(ButtonVariant.TERTIARY);
            root.add(title, hint, rows, error, add);
            setValues(List.of());
        }

        private void addRow(String value) {
            var field = new TextField();
            field.setWidthFull();
            field.setValue(value);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setValueChangeTimeout(SAVE_AFTER_MS);
            TextLimit.on(field, spec.maxLength());
            field.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    setError(null);
                    onChange.run();
                }
            });
            fields.add(field);
            render();
        }

        private void render() {
            rows.removeAll();
            if (readOnly) {
                // Read-only answers wrap as text, so long entries are never cut off.
                com.vaadin.flow.component.HtmlContainer list = spec.kind() == app.tether.programme.FieldKind.RANKED
                        ? new com.vaadin.flow.component.html.OrderedList()
                        : new com.vaadin.flow.component.html.UnorderedList();
                list.addClassName("list-readonly");
                fields.stream().map(TextField::getValue).filter(v -> !v.isBlank())
                        .forEach(v -> list.add(new com.vaadin.flow.component.html.ListItem(v)));
                rows.add(list);
                add.setVisible(false);
                return;
            }
            for (int i = 0; i < fields.size(); i++) {
                int index = i;
                TextField f = fields.get(i);
                f.setAriaLabel(t.apply("homework.entry", new Object[] {i + 1}));
                f.setPrefixComponent(new Span(spec.kind() == app.tether.programme.FieldKind.RANKED ? (i + 1) + "." : "•"));
                f.setReadOnly(readOnly);
                var row = new Div(f);
                row.addClassName("list-editor-row");
                if (!readOnly) {
                    if (spec.kind() == app.tether.programme.FieldKind.RANKED) {
                        row.add(iconButton(VaadinIcon.ARROW_UP, t.apply("homework.moveUp", new Object[] {i + 1}),
                                i > 0, () -> swap(index, index - 1)));
                        row.add(iconButton(VaadinIcon.ARROW_DOWN, t.apply("homework.moveDown", new Object[] {i + 1}),
                                i < fields.size() - 1, () -> swap(index, index + 1)));
                    }
                    row.add(iconButton(VaadinIcon.CLOSE_SMALL, t.apply("homework.removeEntry", new Object[] {i + 1}),
                            fields.size() > 1, () -> {
                                fields.remove(index);
                                render();
                                setError(null);
                                onChange.run();
                            }));
                }
                rows.add(row);
            }
            add.setVisible(!readOnly && fields.size() < spec.maxItems());
        }

        private Button iconButton(VaadinIcon icon, String label, boolean enabled, Runnable action) {
            var b = new Button(icon.create(), e -> action.run());
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            b.setAriaLabel(label);
            b.setTooltipText(label);
            b.setEnabled(enabled);
            return b;
        }

        private void swap(int a, int b) {
            TextField x = fields.get(a);
            fields.set(a, fields.get(b));
            fields.set(b, x);
            render();
            onChange.run();
        }

        public Component component() {
            return root;
        }

        public List<String> values() {
            return fields.stream().map(TextField::getValue).toList();
        }

        public void setValues(List<String> values) {
            fields.clear();
            int count = Math.min(spec.maxItems(), Math.max(values.size(), Math.max(spec.minItems(), 1)));
            for (int i = 0; i < count; i++) {
                addRow(i < values.size() ? values.get(i) : "");
            }
            render();
        }

        public void setError(String message) {
            error.setText(message == null ? "" : message);
            error.setVisible(message != null);
            root.getElement().setAttribute("invalid", message != null);
        }

        public boolean hasError() {
            return error.isVisible() || fields.stream().anyMatch(TextField::isInvalid);
        }

        public void setReadOnly(boolean readOnly) {
            this.readOnly = readOnly;
            hint.setVisible(!readOnly);
            render();
        }
    }

    /** One observation per day. */
    static final class DaysEditor implements FieldEditor {
        private final Div root = new Div();
        private final Span error = new Span();
        private final List<TextArea> days;
        private Paragraph hint;

        DaysEditor(FieldSpec spec, String label, String help,
                   java.util.function.BiFunction<String, Object[], String> t, Runnable onChange) {
            root.addClassName("list-editor");
            root.setId("field-" + spec.key());
            var title = new Span(label);
            title.addClassName("list-editor-label");
            root.add(title);
            if (help != null && !help.isBlank()) {
                hint = new Paragraph(help);
                hint.addClassName("list-editor-help");
                root.add(hint);
            }
            days = IntStream.rangeClosed(1, spec.maxItems()).mapToObj(d -> {
                var area = new TextArea(t.apply("homework.day", new Object[] {d}));
                area.setWidthFull();
                area.setValueChangeMode(ValueChangeMode.LAZY);
                area.setValueChangeTimeout(SAVE_AFTER_MS);
                TextLimit.on(area, spec.maxLength());
                area.addValueChangeListener(e -> {
                    if (e.isFromClient()) {
                        setError(null);
                        onChange.run();
                    }
                });
                return area;
            }).toList();
            days.forEach(root::add);
            error.addClassName("field-error");
            error.getElement().setAttribute("role", "alert");
            error.setVisible(false);
            root.add(error);
        }

        public Component component() {
            return root;
        }

        public List<String> values() {
            return days.stream().map(TextArea::getValue).toList();
        }

        public void setValues(List<String> values) {
            for (int i = 0; i < days.size(); i++) {
                days.get(i).setValue(i < values.size() ? values.get(i) : "");
            }
        }

        public void setError(String message) {
            error.setText(message == null ? "" : message);
            error.setVisible(message != null);
        }

        public boolean hasError() {
            return error.isVisible() || days.stream().anyMatch(TextArea::isInvalid);
        }

        public void setReadOnly(boolean readOnly) {
            days.forEach(d -> TextLimit.setReadOnly(d, readOnly));
            if (hint != null) {
                hint.setVisible(!readOnly);
            }
        }
    }

    static final class RatingEditor implements FieldEditor {
        private final RadioButtonGroup<Integer> group = new RadioButtonGroup<>();
        private final String help;

        RatingEditor(String label, String help, Runnable onChange) {
            this.help = help;
            group.setLabel(label);
            group.setItems(IntStream.rangeClosed(1, 10).boxed().toList());
            group.setHelperText(help);
            group.addClassName("rating");
            group.setManualValidation(true);
            group.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    setError(null);
                    onChange.run();
                }
            });
        }

        public Component component() {
            return group;
        }

        public List<String> values() {
            return group.getValue() == null ? List.of() : List.of(String.valueOf(group.getValue()));
        }

        public void setValues(List<String> values) {
            Integer v = null;
            if (!values.isEmpty() && values.getFirst().matches("10|[1-9]")) {
                v = Integer.valueOf(values.getFirst());
            }
            group.setValue(v);
        }

        public void setError(String message) {
            group.setErrorMessage(message);
            group.setInvalid(message != null);
        }

        public boolean hasError() {
            return group.isInvalid();
        }

        public void setReadOnly(boolean readOnly) {
            group.setReadOnly(readOnly);
            group.setHelperText(readOnly ? null : help);
        }
    }

    /**
     * Choices from a list: tick boxes, or radio buttons when only one may be chosen (Value Ranking's
     * focus value), so a single choice reads as one at a glance.
     */
    static final class PickEditor implements FieldEditor {
        /** Several choices; null when only one may be chosen. */
        private final CheckboxGroup<String> many;
        /** One choice; null when several may be chosen. */
        private final RadioButtonGroup<String> one;
        private final Div root = new Div();
        private final String help;
        private final Paragraph empty = new Paragraph();
        private List<String> options;

        PickEditor(FieldSpec spec, String label, String help, List<String> options, String emptyText,
                   Runnable onChange) {
            this.help = help;
            this.options = List.copyOf(options);
            Component group;
            if (spec.maxItems() == 1) {
                many = null;
                one = new RadioButtonGroup<>(label, this.options);
                one.addThemeVariants(com.vaadin.flow.component.radiobutton.RadioGroupVariant.LUMO_VERTICAL);
                one.setHelperText(help);
                one.setManualValidation(true);
                one.addValueChangeListener(e -> changed(e.isFromClient(), onChange));
                group = one;
            } else {
                one = null;
                many = new CheckboxGroup<>(label, this.options);
                many.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
                many.setHelperText(help);
                many.setManualValidation(true);
                many.addValueChangeListener(e -> changed(e.isFromClient(), onChange));
                group = many;
            }
            empty.setText(emptyText);
            empty.addClassName("muted");
            empty.setVisible(options.isEmpty());
            root.add(group, empty);
        }

        private void changed(boolean fromClient, Runnable onChange) {
            if (fromClient) {
                setError(null);
                onChange.run();
            }
        }

        public Component component() {
            return root;
        }

        public List<String> values() {
            // Keep the order of the source list, so the answer reads like the client's menu.
            if (one != null) {
                return one.getValue() == null ? List.of() : List.of(one.getValue());
            }
            return options.stream().filter(many.getValue()::contains).toList();
        }

        public void setValues(List<String> values) {
            List<String> known = values.stream().filter(options::contains).toList();
            if (one != null) {
                one.setValue(known.isEmpty() ? null : known.getFirst());
            } else {
                many.setValue(new java.util.LinkedHashSet<>(known));
            }
        }

        /** New choices (a list earlier in the same form changed); the choices still there stay chosen. */
        void setOptions(List<String> options) {
            if (options.equals(this.options)) {
                return;
            }
            List<String> kept = values().stream().filter(options::contains).toList();
            this.options = List.copyOf(options);
            if (one != null) {
                one.setItems(this.options);
            } else {
                many.setItems(this.options);
            }
            setValues(kept);
            empty.setVisible(options.isEmpty());
        }

        public void setError(String message) {
            if (one != null) {
                one.setErrorMessage(message);
                one.setInvalid(message != null);
            } else {
                many.setErrorMessage(message);
                many.setInvalid(message != null);
            }
        }

        public boolean hasError() {
            return one != null ? one.isInvalid() : many.isInvalid();
        }

        public void setReadOnly(boolean readOnly) {
            if (one != null) {
                one.setReadOnly(readOnly);
                one.setHelperText(readOnly ? null : help);
            } else {
                many.setReadOnly(readOnly);
                many.setHelperText(readOnly ? null : help);
            }
        }
    }
}
