package app.tether.exceptionlog.ui;

import app.tether.base.ui.Pickers;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.base.ui.ClosedCaseNotice;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.base.ui.SaveOnce;
import app.tether.base.ui.TextLimit;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.EntryView;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.security.CurrentUser;
import app.tether.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * The client logs a better moment in a minute, on a phone; unsaved text is kept as a draft. A better
 * moment is one when the problem was smaller, not necessarily a happy one.
 */
@Route("my-exceptions")
@Menu(title = "nav.myExceptions", order = 20, icon = "vaadin:sun-o")
@RolesAllowed(Roles.CLIENT)
class MyExceptionsView extends Div implements HasDynamicTitle {

    static final String[] PROMPTS = {"context", "behaviour", "thoughts", "emotions", "meaning"};

    private final ExceptionLogService log;
    private long caseId;
    private long myId;
    private Long editingId;
    private long editingVersion;
    /** Made when a new moment is started and kept across retries: a repeated save returns the first. */
    private java.util.UUID requestKey = java.util.UUID.randomUUID();
    final DateTimePicker when = Pickers.localise(new DateTimePicker());
    final List<TextArea> prompts = new ArrayList<>();
    final MultiSelectComboBox<String> tags = new MultiSelectComboBox<>();
    final Checkbox significant = new Checkbox();
    final Button save = new Button();
    final Button cancelEdit = new Button();
    final Span status = new Span();
    final Paragraph editHint = new Paragraph();
    private final Div list = new Div();
    private final Div form = new Div();
    private final FormErrors errors = new FormErrors(this);
    private boolean loading;
    private boolean closed;
    private boolean couple;

    MyExceptionsView(ExceptionLogService log, CaseloadService caseload, CurrentUser currentUser) {
        this.log = log;
        addClassNames("page", "page-narrow");
        add(new H2(getTranslation("ex.log.title")));
        List<CaseSummary> cases = caseload.myCases();
        if (cases.isEmpty()) {
            add(new Paragraph(getTranslation("scale.noCase")));
            return;
        }
        caseId = cases.getFirst().caseId();
        couple = cases.getFirst().kind() == app.tether.caseload.CaseKind.COUPLE;
        myId = currentUser.require().accountId();
        var intro = new Paragraph(getTranslation("ex.log.intro"));
        intro.addClassName("muted");
        when.setLabel(getTranslation("ex.log.when"));
        when.setId("entry-when");
        when.setMax(LocalDateTime.now().plusMinutes(5));
        for (String key : PROMPTS) {
            var area = new TextArea(getTranslation(EntryText.promptKey(key, couple)));
            area.setHelperText(getTranslation(EntryText.promptKey(key, couple) + ".help"));
            area.setWidthFull();
            area.setValueChangeMode(ValueChangeMode.LAZY);
            area.setValueChangeTimeout(600);
            TextLimit.on(area, ExceptionLogService.PROMPT_MAX);
            area.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    saveDraft();
                }
            });
            area.setId("entry-" + key);
            prompts.add(area);
            errors.bind(key, area);
        }
        tags.setLabel(getTranslation("ex.log.tags"));
        tags.setHelperText(getTranslation("ex.log.tags.help"));
        tags.setItems(vocabulary());
        tags.setAllowCustomValue(true);
        tags.addCustomValueSetListener(e -> {
            var items = new LinkedHashSet<>(tags.getListDataView().getItems().toList());
            items.add(e.getDetail().strip());
            var selected = new LinkedHashSet<>(tags.getValue());
            selected.add(e.getDetail().strip());
            tags.setItems(items);
            tags.setValue(selected);
        });
        tags.setWidthFull();
        tags.setId("entry-tags");
        significant.setLabel(getTranslation("ex.log.significant"));
        save.setText(getTranslation("ex.log.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("entry-save");
        SaveOnce.onClick(save, this::save);
        cancelEdit.setText(getTranslation("common.cancel"));
        cancelEdit.addThemeVariants(ButtonVariant.TERTIARY);
        cancelEdit.addClickListener(e -> startNew());
        status.addClassName("save-status");
        status.setId("entry-status");
        errors.bind("happenedAt", when).bind("tags", tags).alsoClearedBy("context", prompts);
        editHint.addClassNames("muted", "edit-hint");
        editHint.setId("entry-edit-hint");
        editHint.setVisible(false);
        var actions = new Div(errors.message(FormErrors.Place.BELOW_FIELDS), save, cancelEdit, status);
        actions.addClassName("form-actions");
        form.add(new H3(getTranslation("ex.log.new")), intro, when);
        prompts.forEach(form::add);
        form.add(tags, significant, editHint, actions);
        form.addClassNames("panel", "stack");
        form.setId("entry-form");
        list.setId("my-entries");
        closed = cases.getFirst().closed();
        add(closed ? ClosedCaseNotice.forClient(this, cases.getFirst().closedOn()) : form,
                new H3(getTranslation("ex.log.mine")), list);
        startNew();
    }

    private List<String> vocabulary() {
        return Arrays.stream(getTranslation("ex.vocabulary").split("\\|")).map(String::strip).toList();
    }

    /** An empty form, or the draft the client left unsaved. */
    private void startNew() {
        editingId = null;
        cancelEdit.setVisible(false);
        editHint.setVisible(false);
        EntryView draft = log.myDraft(caseId);
        fill(draft);
        // Only once the form shows a new moment: if reading the draft failed, a retry keeps the key.
        requestKey = java.util.UUID.randomUUID();
        if (draft == null) {
            when.setValue(LocalDateTime.now().withSecond(0).withNano(0));
        } else {
            status.setText(getTranslation("ex.log.draftBack"));
        }
        renderList();
    }

    private void fill(EntryView e) {
        loading = true;
        when.setValue(e == null ? null : e.happenedAt());
        String[] values = e == null ? new String[5]
                : new String[] {e.context(), e.behaviour(), e.thoughts(), e.emotions(), e.meaning()};
        for (int i = 0; i < PROMPTS.length; i++) {
            prompts.get(i).setValue(values[i] == null ? "" : values[i]);
        }
        if (e != null) {
            var items = new LinkedHashSet<>(vocabulary());
            items.addAll(e.tags());
            tags.setItems(items);
        }
        tags.setValue(e == null ? new LinkedHashSet<>() : new LinkedHashSet<>(e.tags()));
        significant.setValue(e != null && e.significant());
        // The therapist's mark stays whatever the box says (see ExceptionLogEntry#write): say so
        // rather than let an untick be silently undone.
        boolean markedByTherapist = e != null && e.significantByTherapist();
        significant.setEnabled(!markedByTherapist);
        significant.setHelperText(markedByTherapist ? getTranslation("ex.log.significant.byTherapist") : null);
        errors.clear();
        status.setText("");
        loading = false;
    }

    private EntryInput input() {
        return new EntryInput(when.getValue(), prompts.get(0).getValue(), prompts.get(1).getValue(),
                prompts.get(2).getValue(), prompts.get(3).getValue(), prompts.get(4).getValue(),
                new ArrayList<>(tags.getValue()), significant.getValue(), editingId == null ? requestKey : null);
    }

    void saveDraft() {
        if (loading || editingId != null) {
            return;
        }
        try {
            log.saveDraft(caseId, input());
            status.setText(getTranslation("ex.log.draftSaved"));
        } catch (ValidationProblem p) {
            status.setText("");
            errors.report(p);
        }
    }

    private void save() {
        try {
            log.save(caseId, editingId, input(), editingVersion);
            Notices.success(getTranslation(editingId == null ? "ex.log.saved" : "ex.log.updated"));
            startNew();
        } catch (ValidationProblem p) {
            // The form's message says what to fix; a draft note beside the button would contradict it.
            status.setText("");
            errors.report(p);
        } catch (StaleDataException e) {
            // Someone (the therapist marking it) changed the entry: take the new version, keep the text.
            log.myEntries(caseId).stream().filter(x -> x.id() == editingId).findFirst()
                    .ifPresent(x -> editingVersion = x.version());
            Notices.error(getTranslation("common.stale"));
        }
    }

    private void renderList() {
        list.removeAll();
        List<EntryView> mine = log.myEntries(caseId);
        if (mine.isEmpty()) {
            list.add(new Paragraph(getTranslation("ex.log.none")));
        }
        for (EntryView e : mine) {
            list.add(card(e));
        }
    }

    private Details card(EntryView e) {
        var head = new Div(new Span(EntryText.when(e.happenedAt())), new Span(e.summary(70)));
        head.addClassName("entry-head");
        if (e.significantByTherapist()) {
            // Words, not only a colour: the therapist's mark is what stage 4 draws on first.
            var marked = new Span(getTranslation("exceptions.mine.markedSignificant"));
            marked.addClassNames("pill", "pill-significant");
            head.add(marked);
        } else if (e.significant()) {
            // The client's own word for it, as on the checkbox; "Significant" is the therapist's.
            var star = new Span(getTranslation("ex.log.significant.pill"));
            star.addClassNames("pill", "pill-review");
            head.add(star);
        }
        if (e.reviewed() && e.clientId() == myId) {
            var read = new Span(getTranslation("exceptions.mine.read"));
            read.addClassNames("pill", "pill-read");
            head.add(read);
        }
        var body = EntryText.body(this, e, couple);
        if (e.clientId() == myId && !closed) {
            if (e.shared()) {
                // The author is told what the partner can read, and what an edit does to that.
                var shared = new Span(getTranslation("ex.log.shared"));
                shared.addClassNames("pill", "pill-shared");
                head.add(shared);
                var hint = new Paragraph(getTranslation("ex.log.shared.hint"));
                hint.addClassName("muted");
                body.add(hint);
            }
            var edit = new Button(getTranslation("ex.log.edit"), ev -> {
                editingId = e.id();
                editingVersion = e.version();
                fill(e);
                cancelEdit.setVisible(true);
                editHint.setText(e.shared() ? getTranslation("ex.log.shared.hint")
                        : e.onRecord() ? getTranslation("ex.log.onRecord.hint") : "");
                editHint.setVisible(e.onRecord());
                // Not when.focus(): on a phone that opens the date picker over the form.
                form.scrollIntoView();
            });
            edit.addThemeVariants(ButtonVariant.SMALL);
            var delete = new Button(getTranslation("ex.log.delete"), ev -> confirmDelete(e));
            delete.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            body.add(new Div(edit, delete));
        } else {
            body.add(new Paragraph(getTranslation("ex.log.sharedByPartner")));
        }
        var details = new Details(head, body);
        details.addClassName("entry-card");
        if (e.clientId() == myId && e.shared()) {
            details.addClassName("entry-shared");
        }
        return details;
    }

    private void confirmDelete(EntryView e) {
        // Say before, not after, that the therapist keeps a moment already on the record.
        var confirm = new ConfirmDialog(getTranslation("ex.log.delete"),
                getTranslation(e.onRecord() ? "ex.log.delete.confirm.kept" : "ex.log.delete.confirm"),
                getTranslation(e.onRecord() ? "ex.log.delete.kept" : "ex.log.delete"), ev -> {
                    boolean kept = log.delete(e.id());
                    Notices.success(getTranslation(kept ? "ex.log.withdrawn" : "ex.log.deleted"));
                    startNew();
                }, getTranslation("common.cancel"), ev -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ex.log.title") + " · " + getTranslation("app.name");
    }
}
