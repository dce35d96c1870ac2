package app.tether.rituals.ui;

import app.tether.base.ValidationProblem;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.base.ui.SaveOnce;
import app.tether.base.ui.TextLimit;
import app.tether.rituals.Frequency;
import app.tether.rituals.RitualInput;
import app.tether.rituals.RitualService;
import app.tether.rituals.RitualSuggestion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;

/**
 * Adds a ritual to a case: a name picked from the suggestions or typed in one's own words, how
 * often, and an optional note. Used by the therapist's overview and the client's card.
 */
class RitualForm extends Div {

    private final RitualService rituals;
    private final long caseId;
    private final Runnable added;
    final ComboBox<String> name = new ComboBox<>();
    final RadioButtonGroup<Frequency> frequency = new RadioButtonGroup<>();
    final TextArea note = new TextArea();
    final Button add = new Button();
    private final FormErrors errors = new FormErrors(this);

    RitualForm(RitualService rituals, long caseId, String idPrefix, Runnable added) {
        this.rituals = rituals;
        this.caseId = caseId;
        this.added = added;
        addClassName("stack");
        name.setLabel(getTranslation("ritual.name"));
        name.setHelperText(getTranslation("ritual.name.help"));
        // The suggestions by their label; anything else typed is the ritual's own name.
        name.setItems(Arrays.stream(RitualSuggestion.values()).map(s -> getTranslation(s.labelKey())).toList());
        name.setAllowCustomValue(true);
        name.addCustomValueSetListener(e -> name.setValue(e.getDetail()));
        name.addValueChangeListener(e -> {
            RitualSuggestion s = suggestion(e.getValue());
            if (s != null) {
                frequency.setValue(s.usual());
            }
        });
        name.setId(idPrefix + "-name");
        frequency.setLabel(getTranslation("ritual.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        frequency.setId(idPrefix + "-frequency");
        note.setLabel(getTranslation("ritual.note"));
        TextLimit.on(note, RitualService.NOTE_MAX);
        note.setId(idPrefix + "-note");
        add.setText(getTranslation("ritual.add"));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId(idPrefix + "-add");
        SaveOnce.onClick(add, this::save);
        errors.bind("name", name).bind("frequency", frequency).bind("note", note);
        // After the binding, which clears the field's message on each change.
        name.addValueChangeListener(e -> checkNameLength());
        add(name, frequency, note, add);
    }

    private RitualSuggestion suggestion(String label) {
        return label == null ? null : Arrays.stream(RitualSuggestion.values())
                .filter(s -> getTranslation(s.labelKey()).equals(label.strip())).findFirst().orElse(null);
    }

    /**
     * A combo box has no counter: a name typed beyond the service's limit (the same constant) is marked
     * at once, and the text stays on the screen.
     */
    private boolean checkNameLength() {
        int length = name.getValue() == null ? 0 : name.getValue().strip().length();
        boolean tooLong = length > RitualService.NAME_MAX;
        if (tooLong) {
            name.setErrorMessage(getTranslation("validation.text.tooLong", RitualService.NAME_MAX, length));
            name.setInvalid(true);
        } else if (name.isInvalid()) {
            name.setInvalid(false);
        }
        return tooLong;
    }

    void save() {
        if (checkNameLength()) {
            return;
        }
        String typed = name.getValue();
        RitualSuggestion s = suggestion(typed);
        try {
            rituals.addRitual(caseId, new RitualInput(s, s == null ? typed : null, frequency.getValue(),
                    note.getValue()));
            errors.clear();
            name.clear();
            frequency.clear();
            note.clear();
            Notices.success(getTranslation("ritual.added"));
            added.run();
        } catch (ValidationProblem p) {
            String rest = errors.show(p);
            if (!rest.isEmpty()) {
                Notices.error(rest);
            }
        }
    }
}
