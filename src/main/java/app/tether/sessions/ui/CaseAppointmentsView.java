package app.tether.sessions.ui;

import app.tether.base.ui.Pickers;
import app.tether.audit.AuditAction;
import app.tether.audit.AuditEvent;
import app.tether.audit.AuditedOpening;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.base.ui.FormErrors;
import app.tether.base.ui.Notices;
import app.tether.base.ui.PrivateDownload;
import app.tether.base.ui.RouteIds;
import app.tether.base.ui.SaveOnce;
import app.tether.base.ui.TextLimit;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.ui.OpenCase;
import app.tether.caseload.ClientRef;
import app.tether.security.Roles;
import app.tether.sessions.AppointmentInput;
import app.tether.sessions.AppointmentMode;
import app.tether.sessions.AppointmentRecord;
import app.tether.sessions.AppointmentService;
import app.tether.sessions.AppointmentStatus;
import app.tether.sessions.Attendance;
import app.tether.sessions.CalendarFile;
import app.tether.sessions.CancelledBy;
import app.tether.sessions.Overlap;
import app.tether.sessions.PlanResult;
import app.tether.sessions.Repeat;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;

/**
 * A case's appointments: its attendance record, planning one or a series (with a warning when it
 * overlaps another of the therapist's), and the coming and past appointments with what can be done
 * to each: record the session, mark attendance, move or cancel one occurrence, download it.
 */
@Route("cases/:caseId" + RouteIds.PATTERN + "/appointments")
@RolesAllowed(Roles.THERAPIST)
class CaseAppointmentsView extends Div implements BeforeEnterObserver, HasDynamicTitle, AuditedOpening {

    private final AppointmentService appointments;
    private final app.tether.base.PracticeTime time;
    private CaseDetails details;

    final DatePicker day = Pickers.localise(new DatePicker());
    final TimePicker start = new TimePicker();
    final IntegerField minutes = new IntegerField();
    final CheckboxGroup<ClientRef> partners = new CheckboxGroup<>();
    final RadioButtonGroup<AppointmentMode> mode = new RadioButtonGroup<>();
    final TextField place = new TextField();
    final Select<Repeat> repeat = new Select<>();
    final DatePicker until = Pickers.localise(new DatePicker());
    final IntegerField count = new IntegerField();
    final Button plan = new Button();
    final Div formMessage;
    private final FormErrors errors = new FormErrors(this);
    ConfirmDialog overlapDialog;

    CaseAppointmentsView(AppointmentService appointments,
                         app.tether.base.PracticeTime time) {
        this.appointments = appointments;
        this.time = time;
        day.setLabel(getTranslation("appointment.day"));
        day.setId("appointment-day");
        day.setLocale(app.tether.base.ui.Dates.locale());
        start.setLabel(getTranslation("appointment.start"));
        start.setStep(Duration.ofMinutes(15));
        start.setId("appointment-start");
        start.setLocale(app.tether.base.ui.Dates.locale());
        minutes.setLabel(getTranslation("appointment.minutes"));
        minutes.setMin(5);
        minutes.setMax(600);
        minutes.setStepButtonsVisible(true);
        minutes.setStep(5);
        minutes.setId("appointment-minutes");
        partners.setLabel(getTranslation("appointment.partners"));
        partners.setItemLabelGenerator(ClientRef::displayName);
        partners.setId("appointment-partners");
        mode.setLabel(getTranslation("appointment.mode"));
        mode.setItems(AppointmentMode.values());
        mode.setItemLabelGenerator(m -> getTranslation("appointment.mode." + m.name()));
        mode.setId("appointment-mode");
        place.setLabel(getTranslation("appointment.place"));
        place.setHelperText(getTranslation("appointment.place.help"));
        place.setId("appointment-place");
        TextLimit.on(place, AppointmentService.PLACE_MAX);
        repeat.setLabel(getTranslation("appointment.repeat"));
        repeat.setItems(Repeat.values());
        repeat.setItemLabelGenerator(r -> getTranslation("appointment.repeat." + r.name()));
        repeat.setId("appointment-repeat");
        until.setLabel(getTranslation("appointment.until"));
        until.setId("appointment-until");
        until.setLocale(app.tether.base.ui.Dates.locale());
        count.setLabel(getTranslation("appointment.count"));
        count.setHelperText(getTranslation("appointment.count.help"));
        count.setMin(2);
        count.setMax(AppointmentService.MAX_OCCURRENCES);
        count.setId("appointment-count");
        repeat.addValueChangeListener(e -> showRepeatFields());
        errors.bind("day", day).bind("start", start).bind("minutes", minutes).bind("partners", partners)
                .bind("mode", mode).bind("place", place).bind("until", until).bind("count", count);
        formMessage = errors.message(FormErrors.Place.ABOVE_FIELDS);
        plan.setText(getTranslation("appointment.plan"));
        plan.addThemeVariants(ButtonVariant.PRIMARY);
        plan.setId("appointment-plan");
        SaveOnce.onClick(plan, () -> submit(false));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        details = OpenCase.of(event).details();
        partners.setItems(details.clients());
        blank();
        render();
    }

    private void blank() {
        day.setValue(time.today().plusDays(7));
        start.setValue(LocalTime.of(10, 0));
        minutes.setValue(50);
        partners.setValue(new HashSet<>(details.clients()));
        mode.setValue(AppointmentMode.IN_PERSON);
        place.clear();
        repeat.setValue(Repeat.NONE);
        until.clear();
        count.clear();
        showRepeatFields();
    }

    private void showRepeatFields() {
        boolean repeats = repeat.getValue() != null && repeat.getValue() != Repeat.NONE;
        until.setVisible(repeats);
        count.setVisible(repeats);
    }

    void render() {
        removeAll();
        add(attendancePanel());
        if (!details.closed()) {
            var form = new FormLayout(day, start, minutes, partners, mode, place, repeat, until, count);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
            form.setColspan(place, 2);
            var panel = new Div(new H3(getTranslation("appointment.new")), formMessage, form, plan);
            panel.addClassName("panel");
            panel.setId("appointment-form");
            add(panel);
        }
        List<AppointmentRecord> all = appointments.caseAppointments(details.caseId());
        LocalDateTime now = time.now();
        List<AppointmentRecord> coming = all.stream().filter(a -> a.endsAt().isAfter(now)).toList();
        List<AppointmentRecord> past = all.stream().filter(a -> !a.endsAt().isAfter(now)).toList().reversed();
        add(list("appointments-coming", "appointment.coming", "appointment.coming.empty", coming));
        add(list("appointments-past", "appointment.past", "appointment.past.empty", past));
    }

    private Div attendancePanel() {
        Attendance a = appointments.attendance(details.caseId());
        var facts = new Div();
        facts.addClassName("attendance-facts");
        // Only what happened: a row of zeros says nothing.
        fact(facts, "appointment.attendance.attended", a.attended());
        fact(facts, "appointment.attendance.notAttended", a.notAttended());
        fact(facts, "appointment.attendance.cancelledByClient", a.cancelledByClient());
        fact(facts, "appointment.attendance.cancelledByTherapist", a.cancelledByTherapist());
        fact(facts, "appointment.attendance.cancelledByPractice", a.cancelledByPractice());
        fact(facts, "appointment.attendance.late", a.lateCancellations());
        fact(facts, "appointment.attendance.upcoming", a.upcoming());
        if (facts.getComponentCount() == 0) {
            facts.add(new Span(getTranslation("appointment.attendance.none")));
        }
        var panel = new Div(new H3(getTranslation("appointment.attendance")), facts);
        panel.addClassName("panel");
        panel.setId("attendance");
        return panel;
    }

    private void fact(Div facts, String key, int n) {
        if (n > 0) {
            var s = new Span(getTranslation(key, n));
            s.addClassName("pill");
            facts.add(s);
        }
    }

    private Div list(String id, String titleKey, String emptyKey, List<AppointmentRecord> items) {
        var panel = new Div(new H3(getTranslation(titleKey)));
        panel.addClassName("panel");
        panel.setId(id);
        if (items.isEmpty()) {
            panel.add(new Paragraph(getTranslation(emptyKey)));
        }
        items.forEach(a -> panel.add(card(a)));
        return panel;
    }

    Div card(AppointmentRecord a) {
        var card = new Div();
        card.addClassNames("case-card", "appointment-card", "appointment-" + a.status().name().toLowerCase());
        card.setId("appointment-" + a.id());
        var title = new Span(AppointmentText.when(a));
        title.addClassName("case-card-title");
        var meta = new Div(new Span(AppointmentText.who(a) + " · " + AppointmentText.where(this, a)
                + (a.seriesId() == null ? "" : " · " + getTranslation("appointment.inSeries"))));
        meta.addClassName("case-card-meta");
        var status = new Span(AppointmentText.status(this, a));
        status.addClassNames("pill", "pill-appointment-" + a.status().name().toLowerCase());
        var actions = new Div();
        actions.addClassName("appointment-actions");
        boolean open = !details.closed();
        boolean begun = !a.startsAt().isAfter(time.now());
        if (open && a.canRecord() && !a.day().isAfter(time.today())) {
            var record = new Anchor("cases/" + details.caseId() + "/sessions?appointment=" + a.id(),
                    getTranslation("appointment.recordSession"));
            record.addClassName("action-link");
            actions.add(record);
        }
        if (a.sessionId() != null) {
            var session = new Anchor("sessions/" + a.sessionId(), getTranslation("appointment.openSession"));
            session.addClassName("action-link");
            actions.add(session);
        }
        if (open && a.planned() && begun) {
            actions.add(small("appointment.markAttended", () -> mark(a, AppointmentStatus.ATTENDED)),
                    small("appointment.markNotAttended", () -> mark(a, AppointmentStatus.NOT_ATTENDED)));
        }
        if (open && a.planned() && !begun) {
            actions.add(small("appointment.move", () -> openMove(a)), small("appointment.cancel", () -> openCancel(a)));
        }
        actions.add(icsLink(a));
        card.add(title, meta, new Div(status), actions);
        return card;
    }

    private Button small(String key, Runnable action) {
        var b = SaveOnce.button(getTranslation(key), action);
        b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        return b;
    }

    private Anchor icsLink(AppointmentRecord a) {
        var link = new Anchor(event -> {
            CalendarFile file = appointments.calendarFile(a.id());
            PrivateDownload.send(event, file.fileName(), "text/calendar", file.ics());
        }, AttachmentType.DOWNLOAD, "");
        link.add(VaadinIcon.CALENDAR.create(), new Span(getTranslation("appointment.ics")));
        link.addClassName("download-link");
        link.setId("ics-" + a.id());
        return link;
    }

    AppointmentInput input() {
        return new AppointmentInput(day.getValue(), start.getValue(), minutes.getValue(),
                partners.getValue().stream().map(ClientRef::accountId).toList(), mode.getValue(), place.getValue(),
                repeat.getValue(), until.isVisible() ? until.getValue() : null,
                count.isVisible() ? count.getValue() : null);
    }

    void submit(boolean overlapAccepted) {
        act(() -> {
            PlanResult result = appointments.plan(details.caseId(), input(), overlapAccepted);
            if (result.needsConfirmation()) {
                askAboutOverlaps(result.overlaps(), () -> submit(true));
                return;
            }
            errors.clear();
            Notices.success(getTranslation("appointment.planned", result.saved().size()));
            blank();
            render();
        });
    }

    /** "This overlaps …. Plan it anyway?" The warning never refuses. */
    ConfirmDialog askAboutOverlaps(List<Overlap> overlaps, Runnable anyway) {
        var lines = new Div();
        overlaps.stream().limit(6).forEach(o -> lines.add(new Paragraph(getTranslation("appointment.overlap.line",
                o.caseTitle(), app.tether.base.ui.Dates.dayAndTime(o.start()),
                AppointmentText.time(o.end().toLocalTime())))));
        if (overlaps.size() > 6) {
            lines.add(new Paragraph(getTranslation("appointment.overlap.more", overlaps.size() - 6)));
        }
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("appointment.overlap.title"));
        dialog.setText(lines);
        dialog.setConfirmText(getTranslation("appointment.overlap.anyway"));
        dialog.addConfirmListener(e -> anyway.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setId("overlap-dialog");
        dialog.open();
        overlapDialog = dialog;
        return dialog;
    }

    private void mark(AppointmentRecord a, AppointmentStatus status) {
        act(() -> {
            appointments.mark(a.id(), status, a.version());
            render();
        });
    }

    Dialog openMove(AppointmentRecord a) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("appointment.move.title"));
        var newDay = Pickers.localise(new DatePicker(getTranslation("appointment.day"), a.day()));
        newDay.setLocale(app.tether.base.ui.Dates.locale());
        newDay.setId("move-day");
        var newStart = new TimePicker(getTranslation("appointment.start"), a.start());
        newStart.setStep(Duration.ofMinutes(15));
        newStart.setLocale(app.tether.base.ui.Dates.locale());
        newStart.setId("move-start");
        var newMinutes = new IntegerField(getTranslation("appointment.minutes"));
        newMinutes.setValue(a.minutes());
        newMinutes.setId("move-minutes");
        var moveErrors = new FormErrors(this).bind("day", newDay).bind("start", newStart).bind("minutes", newMinutes);
        dialog.add(new Paragraph(getTranslation("appointment.move.help")), new FormLayout(newDay, newStart, newMinutes));
        var save = new Button(getTranslation("appointment.move.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("move-save");
        Runnable[] move = new Runnable[1];
        move[0] = () -> moveTo(a, newDay.getValue(), newStart.getValue(), newMinutes.getValue(), false, dialog,
                moveErrors, () -> moveTo(a, newDay.getValue(), newStart.getValue(), newMinutes.getValue(), true,
                        dialog, moveErrors, null));
        SaveOnce.onClick(save, move[0]);
        var cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.getFooter().add(cancel, save);
        dialog.setId("move-dialog");
        dialog.open();
        return dialog;
    }

    private void moveTo(AppointmentRecord a, LocalDate d, LocalTime t, Integer m, boolean accepted, Dialog dialog,
                        FormErrors moveErrors, Runnable anyway) {
        try {
            PlanResult r = appointments.move(a.id(), d, t, m == null ? 0 : m, accepted, a.version());
            if (r.needsConfirmation()) {
                askAboutOverlaps(r.overlaps(), anyway);
                return;
            }
            dialog.close();
            Notices.success(getTranslation("appointment.moved"));
            render();
        } catch (ValidationProblem p) {
            moveErrors.report(p);
        } catch (StaleDataException e) {
            Notices.error(getTranslation("appointment.stale"));
            dialog.close();
            render();
        }
    }

    Dialog openCancel(AppointmentRecord a) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("appointment.cancel.title"));
        var by = new RadioButtonGroup<CancelledBy>(getTranslation("appointment.cancel.by"));
        by.setItems(CancelledBy.values());
        by.setItemLabelGenerator(b -> getTranslation("appointment.by." + b.name()));
        by.setId("cancel-by");
        var cancelErrors = new FormErrors(this).bind("cancelledBy", by);
        long notice = Math.max(0, Duration.between(time.now(), a.startsAt()).toHours());
        dialog.add(new Paragraph(getTranslation("appointment.cancel.help", AppointmentText.when(a), notice)), by);
        var confirm = new Button(getTranslation("appointment.cancel.confirm"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.setId("cancel-confirm");
        SaveOnce.onClick(confirm, () -> {
            try {
                appointments.cancel(a.id(), by.getValue(), a.version());
                dialog.close();
                Notices.success(getTranslation("appointment.cancelledNotice"));
                render();
            } catch (ValidationProblem p) {
                cancelErrors.report(p);
            } catch (StaleDataException e) {
                Notices.error(getTranslation("appointment.stale"));
                dialog.close();
                render();
            }
        });
        var keep = new Button(getTranslation("appointment.cancel.keep"), e -> dialog.close());
        dialog.getFooter().add(keep, confirm);
        dialog.setId("cancel-dialog");
        dialog.open();
        return dialog;
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (ValidationProblem p) {
            errors.report(p);
        } catch (StaleDataException e) {
            Notices.error(getTranslation("appointment.stale"));
            render();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("case.tab.appointments") + " · " + getTranslation("app.name");
    }

    @Override
    public AuditEvent auditedOpening() {
        return details == null ? null
                : AuditEvent.opened(AuditAction.APPOINTMENTS_OPENED, details.caseId(), "CASE", details.caseId());
    }
}
