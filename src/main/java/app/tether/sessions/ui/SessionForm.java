package app.tether.sessions.ui;

import app.tether.base.ui.Pickers;
import app.tether.base.ValidationProblem;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.TextLimit;
import app.tether.caseload.ClientRef;
import app.tether.scales.ScaleFollowUp;
import app.tether.scales.ScaleService;
import app.tether.sessions.SessionInput;
import app.tether.sessions.SessionRecord;
import app.tether.sessions.SessionService;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields of a session record: when, who attended, a 1-10 rating per attending partner with what
 * they said to the two scaling follow-ups, and the therapist's notes. The view owns saving; this form only reads and shows values and errors.
 */
class SessionForm extends Composite<FormLayout> {

    final DateTimePicker heldAt = Pickers.localise(new DateTimePicker());
    final CheckboxGroup<ClientRef> attendees = new CheckboxGroup<>();
    final Map<Long, Select<Integer>> ratings = new LinkedHashMap<>();
    final Map<Long, TextArea> notLower = new LinkedHashMap<>();
    final Map<Long, TextArea> oneHigher = new LinkedHashMap<>();
    final TextArea notes = new TextArea();
    private final FormErrors errors;

    SessionForm(List<ClientRef> clients) {
        FormLayout form = getContent();
        errors = new FormErrors(this);
        heldAt.setLabel(getTranslation("session.heldAt"));
        heldAt.setStep(java.time.Duration.ofMinutes(15));
        heldAt.setId("session-held-at");
        attendees.setLabel(getTranslation("session.attendees"));
        attendees.setItems(clients);
        attendees.setItemLabelGenerator(ClientRef::displayName);
        attendees.setId("session-attendees");
        errors.bind("heldAt", heldAt).bind("attendees", attendees);
        var ratingRow = new Div();
        // One block per partner: their rating and, under it, what they said about it.
        ratingRow.addClassNames("rating-blocks", "answer-form");
        for (ClientRef c : clients) {
            // A choice of 1-10 rather than a number field: nothing can be typed that is not a rating.
            var f = new Select<Integer>();
            f.setLabel(getTranslation("session.rating", c.displayName()));
            f.setItems(java.util.stream.IntStream.rangeClosed(1, 10).boxed().toList());
            f.setEmptySelectionAllowed(true);
            f.setEmptySelectionCaption(getTranslation("session.rating.none"));
            f.setHelperText(getTranslation("session.rating.help"));
            f.setWidth("14em");
            f.setId("session-rating-" + c.accountId());
            ratings.put(c.accountId(), f);
            errors.bind("rating-" + c.accountId(), f);
            var block = new Div(f, followUp(c, "notLower", notLower), followUp(c, "oneHigher", oneHigher));
            block.addClassName("rating-block");
            ratingRow.add(block);
        }
        attendees.addValueChangeListener(e -> clients.forEach(c -> {
            boolean there = e.getValue().stream().anyMatch(a -> a.accountId() == c.accountId());
            ratings.get(c.accountId()).setEnabled(there);
            notLower.get(c.accountId()).setEnabled(there);
            oneHigher.get(c.accountId()).setEnabled(there);
        }));
        notes.setLabel(getTranslation("session.notes"));
        notes.setHelperText(getTranslation("session.notes.help"));
        TextLimit.on(notes, SessionService.NOTES_MAX);
        notes.setMinHeight("10rem");
        notes.setId("session-notes");
        errors.bind("notes", notes);
        form.add(heldAt, attendees, ratingRow, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        form.setColspan(ratingRow, 2);
        form.setColspan(notes, 2);
    }

    private TextArea followUp(ClientRef c, String key, Map<Long, TextArea> fields) {
        var t = new TextArea();
        t.setLabel(getTranslation("session." + key, c.displayName()));
        t.setHelperText(getTranslation("session.followUps.help"));
        t.setWidthFull();
        TextLimit.on(t, ScaleService.FOLLOW_UP_MAX);
        t.setId("session-" + key + "-" + c.accountId());
        fields.put(c.accountId(), t);
        errors.bind(key + "-" + c.accountId(), t);
        return t;
    }

    /** Fills the form for a new session: now, everyone attending. */
    void blank(List<ClientRef> clients, LocalDateTime now) {
        heldAt.setValue(now.withMinute(now.getMinute() / 15 * 15).withSecond(0).withNano(0));
        attendees.setValue(new HashSet<>(clients));
        ratings.values().forEach(Select::clear);
        notLower.values().forEach(TextArea::clear);
        oneHigher.values().forEach(TextArea::clear);
        notes.clear();
    }

    /** From an appointment: its start and the partners expected. */
    void fromAppointment(LocalDateTime at, List<ClientRef> expected) {
        heldAt.setValue(at);
        attendees.setValue(new HashSet<>(expected));
    }

    void show(SessionRecord s) {
        heldAt.setValue(s.heldAt());
        attendees.setValue(new HashSet<>(s.attendees()));
        ratings.forEach((id, f) -> f.setValue(s.ratings().get(id)));
        notLower.forEach((id, f) -> f.setValue(text(s.followUps().getOrDefault(id, ScaleFollowUp.NONE).notLower())));
        oneHigher.forEach((id, f) -> f.setValue(text(s.followUps().getOrDefault(id, ScaleFollowUp.NONE).oneHigher())));
        notes.setValue(s.notes() == null ? "" : s.notes());
    }

    /** What is on the screen; ratings and follow-ups of partners who did not attend are left out. */
    SessionInput input() {
        Map<Long, Integer> values = new HashMap<>();
        Map<Long, ScaleFollowUp> followUps = new HashMap<>();
        ratings.forEach((id, f) -> {
            if (f.isEnabled() && f.getValue() != null) {
                values.put(id, f.getValue());
            }
            if (f.isEnabled()) {
                followUps.put(id, new ScaleFollowUp(notLower.get(id).getValue(), oneHigher.get(id).getValue()));
            }
        });
        return new SessionInput(heldAt.getValue(), attendees.getValue().stream().map(ClientRef::accountId).toList(),
                values, notes.getValue(), null, followUps);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** A closed case's session: shown as it was saved, nothing to change. */
    void setReadOnly(boolean readOnly) {
        heldAt.setReadOnly(readOnly);
        attendees.setReadOnly(readOnly);
        ratings.values().forEach(f -> f.setReadOnly(readOnly));
        notLower.values().forEach(f -> TextLimit.setReadOnly(f, readOnly));
        oneHigher.values().forEach(f -> TextLimit.setReadOnly(f, readOnly));
        TextLimit.setReadOnly(notes, readOnly);
    }

    /** Shows the service's messages by their fields; returns the ones with no field. */
    String show(ValidationProblem p) {
        return errors.show(p);
    }

    void clearErrors() {
        errors.clear();
    }
}
