package app.tether.caseload.ui;

import app.tether.base.ValidationProblem;
import app.tether.base.ui.Dates;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.base.ui.Pickers;
import app.tether.base.ui.SaveOnce;
import app.tether.base.ui.TextLimit;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.CaseKind;
import app.tether.caseload.CoupleReadiness;
import app.tether.caseload.ReadinessInput;
import app.tether.caseload.ReadinessRecord;
import app.tether.caseload.ReadinessService;
import app.tether.base.PracticeTime;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

/**
 * On a couple's overview: whether the partners are ready for exercises that have them talk
 * together, the note that goes with it, the earlier assessments, and a form to record a new one.
 */
@org.springframework.stereotype.Component
class ReadinessSection implements CaseOverviewSection {

    private final ReadinessService readiness;
    private final PracticeTime practiceTime;

    ReadinessSection(ReadinessService readiness, PracticeTime practiceTime) {
        this.readiness = readiness;
        this.practiceTime = practiceTime;
    }

    @Override
    public Component create(CaseDetails details, Runnable changed) {
        if (details.kind() != CaseKind.COUPLE) {
            return null;
        }
        return new Panel(readiness, practiceTime, details, readiness.readiness(details.caseId()), changed);
    }

    static final class Panel extends Div {

        private final ReadinessService readiness;
        private final CaseDetails details;
        private final Runnable changed;
        final RadioButtonGroup<Boolean> ready = new RadioButtonGroup<>();
        final DatePicker assessedOn = Pickers.localise(new DatePicker());
        final TextArea note = new TextArea();
        final Button save = new Button();
        private final FormErrors errors = new FormErrors(this);

        Panel(ReadinessService readiness, PracticeTime practiceTime, CaseDetails details, CoupleReadiness now,
              Runnable changed) {
            this.readiness = readiness;
            this.details = details;
            this.changed = changed;
            addClassNames("panel", "readiness");
            setId("readiness");
            add(new H3(getTranslation("readiness.title")));
            var status = new Paragraph(status(now.current()));
            status.setId("readiness-status");
            status.addClassName(now.notReady() ? "readiness-not-ready" : "readiness-state");
            add(status);
            if (now.current() != null && now.current().note() != null) {
                var said = new Paragraph(now.current().note());
                said.addClassName("history-reason");
                add(said);
            }
            add(new Paragraph(getTranslation("readiness.help")));

            ready.setLabel(getTranslation("readiness.field"));
            ready.setItems(Boolean.TRUE, Boolean.FALSE);
            ready.setItemLabelGenerator(b -> getTranslation(b ? "readiness.ready" : "readiness.notReady"));
            ready.setId("readiness-ready");
            assessedOn.setLabel(getTranslation("readiness.date"));
            assessedOn.setValue(practiceTime.today());
            assessedOn.setMax(practiceTime.today());
            assessedOn.setId("readiness-date");
            note.setLabel(getTranslation("readiness.note"));
            TextLimit.on(note, ReadinessService.NOTE_MAX);
            note.setId("readiness-note");
            save.setText(getTranslation("readiness.save"));
            save.addThemeVariants(ButtonVariant.PRIMARY);
            save.setId("readiness-save");
            SaveOnce.onClick(save, this::save);
            errors.bind("ready", ready).bind("assessedOn", assessedOn).bind("note", note);
            if (!details.closed()) {
                // A closed case is read, not assessed again.
                var form = new Div(ready, assessedOn, note, save);
                form.addClassName("stack");
                add(form);
            }

            // The current assessment is shown above; "earlier" are the others.
            var earlier = now.history().stream().filter(r -> !r.equals(now.current())).toList();
            if (!earlier.isEmpty()) {
                var list = new UnorderedList();
                list.addClassName("history");
                list.setId("readiness-history");
                earlier.forEach(r -> {
                    var item = new ListItem(status(r));
                    if (r.note() != null) {
                        var why = new Paragraph(r.note());
                        why.addClassName("history-reason");
                        item.add(why);
                    }
                    list.add(item);
                });
                add(new Details(getTranslation("readiness.history"), list));
            }
        }

        private String status(ReadinessRecord r) {
            if (r == null) {
                return getTranslation("readiness.status.none");
            }
            return getTranslation(r.ready() ? "readiness.status.ready" : "readiness.status.notReady",
                    Dates.date(r.assessedOn()), r.recordedBy());
        }

        void save() {
            try {
                readiness.recordReadiness(details.caseId(),
                        new ReadinessInput(ready.getValue(), assessedOn.getValue(), note.getValue()));
                errors.clear();
                Notices.success(getTranslation("readiness.saved"));
                changed.run();
            } catch (ValidationProblem p) {
                String rest = errors.show(p);
                if (!rest.isEmpty()) {
                    Notices.error(rest);
                }
            }
        }
    }
}
