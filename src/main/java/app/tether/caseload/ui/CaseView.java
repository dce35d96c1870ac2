package app.tether.caseload.ui;

import app.tether.base.ui.Pickers;
import app.tether.audit.AuditAction;
import app.tether.audit.AuditEvent;
import app.tether.audit.AuditedOpening;
import app.tether.base.ui.RouteIds;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.ClosureRecord;
import app.tether.caseload.LensChangeRecord;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.ClientRef;
import app.tether.caseload.Enrolment;
import app.tether.caseload.Lens;
import app.tether.caseload.Stage;
import app.tether.caseload.StageChangeRecord;
import app.tether.caseload.StageGuidance;
import app.tether.caseload.StageGuidanceService;
import app.tether.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One case: its people, enrolment, stage and history; enrol, change stage or lens, close and reopen
 * here. A closed case shows why and when, and only the reopen form.
 */
// Inside CaseLayout (automatic for /cases), which loads the case and draws the header and tabs.
@Route("cases/:caseId" + RouteIds.PATTERN)
@RolesAllowed(Roles.THERAPIST)
class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle, AuditedOpening {

    private final CaseloadService caseload;
    private final StageGuidanceService guidance;
    private final ObjectProvider<CaseOverviewSection> sections;
    private OpenCase open;
    private CaseDetails details;

    // Kept across refreshes so that typed text survives a failed or stale save.
    final RadioButtonGroup<Lens> lens = new RadioButtonGroup<>();
    final DatePicker start = Pickers.localise(new DatePicker());
    final Select<Integer> stage = new Select<>();
    final TextArea reason = new TextArea();
    final Button enrolButton = new Button();
    final Button changeStageButton = new Button();
    final RadioButtonGroup<Lens> newLens = new RadioButtonGroup<>();
    final TextArea lensReason = new TextArea();
    final Button changeLensButton = new Button();
    final DatePicker closeDate = Pickers.localise(new DatePicker());
    final TextArea closeReason = new TextArea();
    final Button closeButton = new Button();
    final TextArea reopenReason = new TextArea();
    final Button reopenButton = new Button();
    private final FormErrors enrolErrors = new FormErrors(this);
    private final FormErrors stageErrors = new FormErrors(this);
    private final FormErrors lensErrors = new FormErrors(this);
    private final FormErrors closeErrors = new FormErrors(this);
    private final FormErrors reopenErrors = new FormErrors(this);

    CaseView(CaseloadService caseload, StageGuidanceService guidance, ObjectProvider<CaseOverviewSection> sections) {
        this.caseload = caseload;
        this.guidance = guidance;
        this.sections = sections;

        lensChoice(lens, "case.lens");
        lens.setId("enrol-lens");
        start.setLabel(getTranslation("case.start"));
        start.setId("enrol-start");
        enrolButton.setText(getTranslation("case.enrol"));
        enrolButton.addThemeVariants(ButtonVariant.PRIMARY);
        app.tether.base.ui.SaveOnce.onClick(enrolButton, this::enrol);
        enrolErrors.bind("lens", lens).bind("start", start);

        stage.setLabel(getTranslation("case.newStage"));
        stage.setItems(IntStream.rangeClosed(1, 6).boxed().toList());
        stage.setItemLabelGenerator(n -> n + " · " + getTranslation(Stage.of(n).labelKey()));
        stage.setId("new-stage");
        reason.setLabel(getTranslation("case.reason"));
        reason.setHelperText(getTranslation("case.reason.help"));
        app.tether.base.ui.TextLimit.on(reason, CaseloadService.REASON_MAX);
        reason.setId("stage-reason");
        changeStageButton.setText(getTranslation("case.changeStage"));
        changeStageButton.addThemeVariants(ButtonVariant.PRIMARY);
        app.tether.base.ui.SaveOnce.onClick(changeStageButton, this::changeStage);
        changeStageButton.setId("change-stage");
        stageErrors.bind("stage", stage).bind("reason", reason);

        lensChoice(newLens, "case.lens.new");
        newLens.setId("new-lens");
        reasonField(lensReason, "case.reason", "lens-reason");
        changeLensButton.setText(getTranslation("case.lens.change"));
        changeLensButton.addThemeVariants(ButtonVariant.PRIMARY);
        app.tether.base.ui.SaveOnce.onClick(changeLensButton, this::changeLens);
        changeLensButton.setId("change-lens");
        lensErrors.bind("lens", newLens).bind("reason", lensReason);

        closeDate.setLabel(getTranslation("case.close.date"));
        closeDate.setId("close-date");
        closeDate.setMax(LocalDate.now());
        reasonField(closeReason, "case.close.reason", "close-reason");
        closeButton.setText(getTranslation("case.close.confirm"));
        closeButton.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.PRIMARY);
        app.tether.base.ui.SaveOnce.onClick(closeButton, this::close);
        closeButton.setId("close-case");
        closeErrors.bind("closedOn", closeDate).bind("reason", closeReason);

        reasonField(reopenReason, "case.reopen.reason", "reopen-reason");
        reopenButton.setText(getTranslation("case.reopen.confirm"));
        reopenButton.addThemeVariants(ButtonVariant.PRIMARY);
        app.tether.base.ui.SaveOnce.onClick(reopenButton, this::reopen);
        reopenButton.setId("reopen-case");
        reopenErrors.bind("reason", reopenReason);
    }

    /** The five lenses, each with its one-line description, so the choice is an informed one. */
    private void lensChoice(RadioButtonGroup<Lens> group, String labelKey) {
        group.setLabel(getTranslation(labelKey));
        group.setItems(Lens.values());
        group.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
        group.setRenderer(new ComponentRenderer<>(l -> {
            boolean current = details != null && details.enrolment() != null && details.enrolment().lens() == l;
            var name = new Span(current ? getTranslation("case.lens.current", getTranslation(l.labelKey()))
                    : getTranslation(l.labelKey()));
            name.addClassName("lens-name");
            var desc = new Span(getTranslation(l.descriptionKey()));
            desc.addClassNames("muted", "lens-desc");
            var option = new Div(name, desc);
            option.addClassName("lens-option");
            return option;
        }));
        group.addClassName("lens-choice");
    }

    private void reasonField(TextArea area, String labelKey, String id) {
        area.setLabel(getTranslation(labelKey));
        area.setHelperText(getTranslation("case.reason.help"));
        app.tether.base.ui.TextLimit.on(area, CaseloadService.REASON_MAX);
        area.setWidthFull();
        area.setId(id);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        open = OpenCase.of(event);
        details = open.details();
        if (start.isEmpty()) {
            start.setValue(LocalDate.now());
        }
        if (closeDate.isEmpty()) {
            closeDate.setValue(LocalDate.now());
        }
        render();
    }

    private void render() {
        removeAll();
        var people = new Div(new H3(getTranslation("case.clients")));
        people.addClassName("panel");
        for (ClientRef c : details.clients()) {
            var row = new Div(new Span(c.displayName()), muted(c.username()));
            row.addClassName("client-row");
            people.add(row);
        }

        Enrolment e = details.enrolment();
        var programme = new Div(new H3(getTranslation("case.programme")));
        programme.addClassName("panel");
        if (e == null && !details.closed()) {
            programme.add(new Paragraph(getTranslation("case.notEnrolled")));
            var form = new FormLayout(lens, start);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
            programme.add(form, enrolButton);
        } else if (e == null) {
            programme.add(new Paragraph(getTranslation("caseload.notEnrolled")));
        } else {
            programme.add(fact(getTranslation("case.lens"), getTranslation(e.lens().labelKey())),
                    fact(getTranslation("case.start"), date(e.start())),
                    fact(getTranslation("case.stage"), e.stage().number() + " · " + getTranslation(e.stage().labelKey())),
                    dayFact(e));
        }
        var top = new Div(programme, people);
        top.addClassName("two-column");
        add(top);

        if (e != null && !details.closed()) {
            add(guidancePanel(e));
            sections.orderedStream().map(s -> s.create(details, this::refresh)).filter(java.util.Objects::nonNull)
                    .forEach(this::add);

            var change = new Div(new H3(getTranslation("case.changeStage")),
                    new Paragraph(getTranslation("case.changeStage.help")));
            change.addClassName("panel");
            var form = new FormLayout(stage, reason);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            change.add(form, changeStageButton);
            add(change);

            // The current lens is shown but cannot be chosen again.
            newLens.setItemEnabledProvider(l -> l != e.lens());
            newLens.setItems(Lens.values());
            var lensForm = new Div(new Paragraph(getTranslation("case.lens.change.help")), newLens, lensReason,
                    changeLensButton);
            lensForm.addClassName("stack");
            add(section(getTranslation("case.lens.change"), lensForm, "lens-section"));
        }

        var history = new Div(new H3(getTranslation("case.history")));
        history.addClassName("panel");
        if (details.history().isEmpty() && details.closures().isEmpty()) {
            history.add(new Paragraph(getTranslation("case.history.empty")));
        }
        var list = new Div();
        list.addClassName("history");
        list.setId("stage-history");
        historyRows().forEach(list::add);
        history.add(list);
        add(history);

        if (details.closed()) {
            var form = new Div(new Paragraph(getTranslation("case.reopen.help")), reopenReason, reopenButton);
            form.addClassName("stack");
            var panel = section(getTranslation("case.reopen.title"), form, "reopen-section");
            panel.setOpened(true);
            add(panel);
        } else {
            var form = new Div(new Paragraph(getTranslation("case.close.help")), closeDate, closeReason, closeButton);
            form.addClassName("stack");
            add(section(getTranslation("case.close.title"), form, "close-section"));
        }
    }

    /**
     * The programme day and where it stands in the stage: after a move back the stage's usual days
     * say nothing, so the day of the return is counted instead, and on a second pass forward the day
     * in the current stage.
     */
    private Div dayFact(Enrolment e) {
        String text = e.returned()
                ? getTranslation("case.dayOfReturn", e.programmeDay(), e.stageDay(), e.stage().number())
                : e.secondPass()
                ? getTranslation("case.dayInStage", e.programmeDay(), e.stageDay())
                : e.stage() == Stage.CONSOLIDATION_AND_MAINTENANCE
                ? getTranslation("case.dayOfLast", e.programmeDay(), e.stage().firstDay())
                : getTranslation("case.dayOf", e.programmeDay(), e.stage().firstDay(), e.stage().lastDay());
        Div fact = fact(getTranslation("case.day"), text);
        fact.setId("case-day");
        return fact;
    }

    /** The stage's goal and the signs that the next may be near, with what the case already shows. */
    private Div guidancePanel(Enrolment e) {
        StageGuidance g = guidance.guidance(details.caseId());
        int n = e.stage().number();
        var panel = new Div(new H3(getTranslation("case.guidance.title", n)));
        panel.addClassNames("panel", "stage-guidance");
        panel.setId("stage-guidance");
        var goal = new Paragraph(getTranslation("case.stage." + n + ".goal"));
        goal.setId("stage-goal");
        panel.add(goal);
        if (e.returned()) {
            panel.add(new Paragraph(getTranslation("case.guidance.return")));
        }
        if (g != null) {
            // The current lens's note for this stage, beside the stage's own goal and signs.
            var lensLabel = new Paragraph(getTranslation("lens.guidance.title", getTranslation(g.lens().labelKey())));
            lensLabel.addClassName("fact-label");
            var lensNote = new Paragraph(getTranslation(g.lensNoteKey()));
            lensNote.setId("lens-guidance");
            panel.add(lensLabel, lensNote);
        }
        var heading = new Paragraph(e.stage() == Stage.CONSOLIDATION_AND_MAINTENANCE
                ? getTranslation("case.guidance.signs.last") : getTranslation("case.guidance.signs", n + 1));
        heading.addClassName("fact-label");
        var list = new UnorderedList();
        list.setId("stage-signs");
        list.addClassName("stage-signs");
        for (StageGuidance.Sign sign : g == null ? List.<StageGuidance.Sign>of() : g.signs()) {
            var item = new ListItem(new Span(getTranslation(sign.sign().key())));
            item.addClassName("stage-sign");
            for (String line : sign.evidence()) {
                var evidence = new Div(line);
                evidence.addClassNames("muted", "sign-evidence");
                item.add(evidence);
            }
            list.add(item);
        }
        var note = new Paragraph(getTranslation("case.guidance.note"));
        note.addClassName("muted");
        panel.add(heading, list, note);
        return panel;
    }

    /** A section from another module changed the case's work: draw the overview afresh. */
    private void refresh() {
        details = caseload.caseDetails(details.caseId());
        open.changed(details);
        render();
    }

    /** A panel that opens on demand, for the rarer actions. */
    private static Details section(String title, Component content, String id) {
        var details = new Details(title, content);
        details.addClassNames("panel", "action-section");
        details.setId(id);
        return details;
    }

    /** Stage moves, lens changes, closings and reopenings in one list, newest first. */
    private List<Div> historyRows() {
        List<Map.Entry<LocalDate, Div>> rows = new ArrayList<>();
        // Stable sort: on the same day a closing shows above a lens change, and that above a stage move.
        details.closures().forEach(c -> rows.add(Map.entry(c.on(), closureRow(c))));
        details.lensChanges().forEach(l -> rows.add(Map.entry(l.changedOn(), lensRow(l))));
        details.history().forEach(s -> rows.add(Map.entry(s.changedOn(), historyRow(s))));
        return rows.stream().sorted(Map.Entry.<LocalDate, Div>comparingByKey(Comparator.reverseOrder()))
                .map(Map.Entry::getValue).toList();
    }

    private Div lensRow(LensChangeRecord l) {
        return row(l.changedOn(), getTranslation("case.history.lens", getTranslation(l.fromLens().labelKey()),
                getTranslation(l.toLens().labelKey())), l.reason(), l.changedBy());
    }

    private Div closureRow(ClosureRecord c) {
        Div row = row(c.on(), getTranslation(c.closed() ? "case.history.closed" : "case.history.reopened"),
                c.reason(), c.by());
        row.addClassName(c.closed() ? "history-closed" : "history-reopened");
        return row;
    }

    private Div row(LocalDate on, String what, String reason, String by) {
        var row = new Div(muted(date(on)), new Span(what));
        row.addClassName("history-row");
        if (!reason.isEmpty()) {
            var why = new Paragraph(reason);
            why.addClassName("history-reason");
            row.add(why);
        }
        row.add(muted(getTranslation("case.history.by", by)));
        return row;
    }

    private Div historyRow(StageChangeRecord s) {
        String what = s.fromStage() == null
                ? getTranslation("case.history.enrolled")
                : getTranslation(s.toStage() < s.fromStage() ? "case.history.back" : "case.history.forward",
                        s.fromStage(), s.toStage(), getTranslation(Stage.of(s.toStage()).labelKey()));
        return row(s.changedOn(), what, s.reason(), s.changedBy());
    }

    private void enrol() {
        try {
            details = caseload.enrol(details.caseId(), lens.getValue(), start.getValue(), details.version());
            enrolErrors.clear();
            Notices.success(getTranslation("case.enrolled"));
            render();
        } catch (ValidationProblem p) {
            showOrNotify(enrolErrors, p);
        } catch (StaleDataException ex) {
            reloadKeepingInput();
        }
    }

    private void changeStage() {
        try {
            details = caseload.changeStage(details.caseId(), stage.getValue(), reason.getValue(), details.version());
            stageErrors.clear();
            stage.clear();
            reason.clear();
            Notices.success(getTranslation("case.stageChanged", details.enrolment().stage().number()));
            render();
        } catch (ValidationProblem p) {
            showOrNotify(stageErrors, p);
        } catch (StaleDataException ex) {
            reloadKeepingInput();
        }
    }

    private void changeLens() {
        try {
            details = caseload.changeLens(details.caseId(), newLens.getValue(), lensReason.getValue(),
                    details.version());
            lensErrors.clear();
            newLens.clear();
            lensReason.clear();
            Notices.success(getTranslation("case.lens.changed", getTranslation(details.enrolment().lens().labelKey())));
            render();
        } catch (ValidationProblem p) {
            showOrNotify(lensErrors, p);
        } catch (StaleDataException ex) {
            reloadKeepingInput();
        } finally {
            changeLensButton.setEnabled(true);
        }
    }

    private void close() {
        try {
            caseload.closeCase(details.caseId(), closeDate.getValue(), closeReason.getValue(), details.version());
            closeErrors.clear();
            closeReason.clear();
            details = caseload.caseDetails(details.caseId());
            open.changed(details);
            Notices.success(getTranslation("case.closedNotice"));
            render();
        } catch (ValidationProblem p) {
            showOrNotify(closeErrors, p);
        } catch (StaleDataException ex) {
            reloadKeepingInput();
        } finally {
            closeButton.setEnabled(true);
        }
    }

    private void reopen() {
        try {
            caseload.reopenCase(details.caseId(), reopenReason.getValue(), details.version());
            reopenErrors.clear();
            reopenReason.clear();
            details = caseload.caseDetails(details.caseId());
            open.changed(details);
            Notices.success(getTranslation("case.reopenedNotice"));
            render();
        } catch (ValidationProblem p) {
            showOrNotify(reopenErrors, p);
        } catch (StaleDataException ex) {
            reloadKeepingInput();
        } finally {
            reopenButton.setEnabled(true);
        }
    }

    private static void showOrNotify(FormErrors errors, ValidationProblem p) {
        String rest = errors.show(p);
        if (!rest.isEmpty()) {
            Notices.error(rest);
        }
    }

    /** Someone changed the case meanwhile: show the latest state and keep the typed text. */
    private void reloadKeepingInput() {
        details = caseload.caseDetails(details.caseId());
        open.changed(details);
        render();
        Notices.error(getTranslation("common.stale"));
    }

    private static Span muted(String text) {
        var s = new Span(text);
        s.addClassName("muted");
        return s;
    }

    private static Div fact(String label, String value) {
        var l = new Span(label);
        l.addClassName("fact-label");
        var v = new Span(value);
        v.addClassName("fact-value");
        var d = new Div(l, v);
        d.addClassName("fact");
        return d;
    }

    private String date(LocalDate d) {
        return app.tether.base.ui.Dates.date(d);
    }

    @Override
    public String getPageTitle() {
        // The tab title stays generic: client names do not belong in browser history.
        return getTranslation("case.pageTitle") + " · " + getTranslation("app.name");
    }

    @Override
    public AuditEvent auditedOpening() {
        return details == null ? null
                : AuditEvent.opened(AuditAction.CASE_OPENED, details.caseId(), "CASE", details.caseId());
    }
}
