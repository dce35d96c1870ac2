package app.tether.caseload.ui;

import app.tether.audit.AuditAction;
import app.tether.audit.AuditEvent;
import app.tether.audit.AuditedOpening;
import app.tether.base.ui.RouteIds;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.base.ui.CaseTabs;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.CaseKind;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.ClientRef;
import app.tether.caseload.Enrolment;
import app.tether.caseload.Lens;
import app.tether.caseload.Stage;
import app.tether.caseload.StageChangeRecord;
import app.tether.security.Roles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.stream.IntStream;
import org.springframework.security.access.AccessDeniedException;

/** One case: its people, enrolment, stage and stage history; enrol and change stage here. */
@Route("cases/:caseId" + RouteIds.PATTERN)
@RolesAllowed(Roles.THERAPIST)
class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle, AuditedOpening {

    private final CaseloadService caseload;
    private CaseDetails details;

    // Kept across refreshes so that typed text survives a failed or stale save.
    final Select<Lens> lens = new Select<>();
    final DatePicker start = new DatePicker();
    final Select<Integer> stage = new Select<>();
    final TextArea reason = new TextArea();
    final Button enrolButton = new Button();
    final Button changeStageButton = new Button();
    private final FormErrors enrolErrors = new FormErrors(this);
    private final FormErrors stageErrors = new FormErrors(this);

    CaseView(CaseloadService caseload) {
        this.caseload = caseload;
        addClassName("page");

        lens.setLabel(getTranslation("case.lens"));
        lens.setItems(Lens.values());
        lens.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
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
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            long caseId = RouteIds.get(event, "caseId").orElseThrow(() -> new AccessDeniedException("No case"));
            details = caseload.caseDetails(caseId);
        } catch (AccessDeniedException e) {
            // Same page as an unknown id: nothing about the case leaks.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (start.isEmpty()) {
            start.setValue(LocalDate.now());
        }
        render();
    }

    private void render() {
        removeAll();
        var header = new Div(new H2(details.title()));
        header.addClassName("page-header");
        header.add(new Span(getTranslation(details.kind() == CaseKind.COUPLE ? "kind.COUPLE" : "kind.INDIVIDUAL")
                + " · " + getTranslation("case.therapist", details.therapistName())));
        add(header);
        add(CaseTabs.create(this, details.caseId(), "overview"));

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
        if (e == null) {
            programme.add(new Paragraph(getTranslation("case.notEnrolled")));
            var form = new FormLayout(lens, start);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
            programme.add(form, enrolButton);
        } else {
            programme.add(fact(getTranslation("case.lens"), getTranslation(e.lens().labelKey())),
                    fact(getTranslation("case.start"), date(e.start())),
                    fact(getTranslation("case.stage"), e.stage().number() + " · " + getTranslation(e.stage().labelKey())),
                    fact(getTranslation("case.day"), e.stage() == Stage.CONSOLIDATION_AND_MAINTENANCE
                            ? getTranslation("case.dayOfLast", e.programmeDay(), e.stage().firstDay())
                            : getTranslation("case.dayOf", e.programmeDay(), e.stage().firstDay(), e.stage().lastDay())));
        }
        var top = new Div(programme, people);
        top.addClassName("two-column");
        add(top);

        if (e != null) {
            var change = new Div(new H3(getTranslation("case.changeStage")),
                    new Paragraph(getTranslation("case.changeStage.help")));
            change.addClassName("panel");
            var form = new FormLayout(stage, reason);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
            change.add(form, changeStageButton);
            add(change);
        }

        var history = new Div(new H3(getTranslation("case.history")));
        history.addClassName("panel");
        if (details.history().isEmpty()) {
            history.add(new Paragraph(getTranslation("case.history.empty")));
        }
        var list = new Div();
        list.addClassName("history");
        list.setId("stage-history");
        for (StageChangeRecord s : details.history()) {
            list.add(historyRow(s));
        }
        history.add(list);
        add(history);
    }

    private Div historyRow(StageChangeRecord s) {
        String what = s.fromStage() == null
                ? getTranslation("case.history.enrolled")
                : getTranslation(s.toStage() < s.fromStage() ? "case.history.back" : "case.history.forward",
                        s.fromStage(), s.toStage(), getTranslation(Stage.of(s.toStage()).labelKey()));
        var row = new Div(muted(date(s.changedOn())), new Span(what));
        row.addClassName("history-row");
        if (!s.reason().isEmpty()) {
            var why = new Paragraph(s.reason());
            why.addClassName("history-reason");
            row.add(why);
        }
        row.add(muted(getTranslation("case.history.by", s.changedBy())));
        return row;
    }

    private void enrol() {
        try {
            details = caseload.enrol(details.caseId(), lens.getValue(), start.getValue(), details.version());
            enrolErrors.clear();
            Notices.success(getTranslation("case.enrolled"));
            render();
        } catch (ValidationProblem p) {
            enrolErrors.show(p);
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
            stageErrors.show(p);
        } catch (StaleDataException ex) {
            reloadKeepingInput();
        }
    }

    /** Someone changed the case meanwhile: show the latest state and keep the typed text. */
    private void reloadKeepingInput() {
        details = caseload.caseDetails(details.caseId());
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
