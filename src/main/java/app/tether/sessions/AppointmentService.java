package app.tether.sessions;

import app.tether.base.PracticeTime;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseAccessPolicy;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.CaseSummary;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.ClientRef;
import app.tether.security.CurrentUser;
import app.tether.security.Role;
import app.tether.security.Roles;
import app.tether.security.TetherUser;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appointments: the treating therapist plans, moves, cancels and marks them; a client reads the
 * appointments of their own case at which they are expected (a partner's individual appointment
 * stays the partner's). Times are wall-clock in the practice's time zone ({@link PracticeTime}).
 */
@Service
@Transactional
public class AppointmentService {

    public static final int PLACE_MAX = 1000;
    public static final int MAX_OCCURRENCES = 52;
    /** Cancelled with less notice than this counts as late. */
    public static final int LATE_NOTICE_HOURS = 24;

    private final AppointmentRepository appointments;
    private final AppointmentSeriesRepository series;
    private final CaseAccessPolicy access;
    private final CaseloadService caseload;
    private final PracticeTime time;
    private final CurrentUser currentUser;
    private final app.tether.base.Translator translator;
    private final Clock clock;

    AppointmentService(AppointmentRepository appointments, AppointmentSeriesRepository series,
                       CaseAccessPolicy access, CaseloadService caseload, PracticeTime time, CurrentUser currentUser,
                       app.tether.base.Translator translator, Clock clock) {
        this.appointments = appointments;
        this.series = series;
        this.access = access;
        this.caseload = caseload;
        this.time = time;
        this.currentUser = currentUser;
        this.translator = translator;
        this.clock = clock;
    }

    /**
     * Plans one appointment or a series. Overlaps with the therapist's other appointments are a
     * warning: without {@code overlapAccepted} nothing is saved and the overlaps come back.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public PlanResult plan(long caseId, AppointmentInput input, boolean overlapAccepted) {
        TetherUser me = access.requireTreatingTherapistToChange(caseId);
        CaseDetails details = caseload.caseDetails(caseId);
        List<LocalDate> days = validate(input, details);
        List<Overlap> overlaps = new ArrayList<>();
        for (LocalDate d : days) {
            LocalDateTime from = d.atTime(input.start());
            overlaps.addAll(overlaps(from, from.plusMinutes(input.minutes()), null));
        }
        if (!overlaps.isEmpty() && !overlapAccepted) {
            return new PlanResult(List.of(), overlaps);
        }
        Long seriesId = null;
        if (input.repeat() != Repeat.NONE) {
            seriesId = series.save(new AppointmentSeries(caseId, input.repeat().weeks(), input.day(), input.until(),
                    input.count(), me.accountId(), clock.instant())).getId();
        }
        String place = input.place() == null || input.place().isBlank() ? null : input.place().strip();
        List<Appointment> saved = new ArrayList<>();
        for (LocalDate d : days) {
            saved.add(appointments.save(new Appointment(caseId, seriesId, d, input.start(), input.minutes(),
                    new LinkedHashSet<>(input.partnerIds()), input.mode(), place, me.accountId(), clock.instant())));
        }
        appointments.flush();
        return new PlanResult(saved.stream().map(a -> record(a, details.title(), details.clients())).toList(),
                overlaps);
    }

    /** A case's appointments, in time order, for its treating therapist. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<AppointmentRecord> caseAppointments(long caseId) {
        access.requireTreatingTherapist(caseId);
        CaseDetails details = caseload.caseDetails(caseId);
        return appointments.findByCase(caseId).stream().map(a -> record(a, details.title(), details.clients()))
                .toList();
    }

    /** How the case's appointments ended: attended, not attended, cancelled by whom and how late. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public Attendance attendance(long caseId) {
        access.requireTreatingTherapist(caseId);
        int attended = 0;
        int missed = 0;
        int byClient = 0;
        int byTherapist = 0;
        int byPractice = 0;
        int late = 0;
        int upcoming = 0;
        LocalDateTime now = time.now();
        for (Appointment a : appointments.findByCase(caseId)) {
            switch (a.getStatus()) {
                case ATTENDED -> attended++;
                case NOT_ATTENDED -> missed++;
                case CANCELLED -> {
                    switch (a.getCancelledBy()) {
                        case CLIENT -> byClient++;
                        case THERAPIST -> byTherapist++;
                        case PRACTICE -> byPractice++;
                    }
                    if (a.getNoticeHours() != null && a.getNoticeHours() < LATE_NOTICE_HOURS) {
                        late++;
                    }
                }
                case PLANNED -> upcoming += a.start().isAfter(now) ? 1 : 0;
            }
        }
        return new Attendance(attended, missed, byClient, byTherapist, byPractice, late, upcoming);
    }

    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public AppointmentRecord appointment(long appointmentId) {
        Appointment a = find(appointmentId);
        access.requireTreatingTherapist(a.getCaseId());
        return recordOf(a);
    }

    /** Moves one occurrence; the rest of its series stays. Overlaps are a warning, as when planning. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public PlanResult move(long appointmentId, LocalDate day, LocalTime start, int minutes, boolean overlapAccepted,
                           long expectedVersion) {
        Appointment a = find(appointmentId);
        access.requireTreatingTherapistToChange(a.getCaseId());
        a.checkVersion(expectedVersion);
        var problems = new ValidationProblem.Collector();
        checkWhen(problems, day, start, minutes);
        if (a.getStatus() != AppointmentStatus.PLANNED) {
            problems.add("status", "validation.appointment.notPlanned");
        }
        problems.throwIfAny();
        LocalDateTime from = day.atTime(start);
        List<Overlap> overlaps = overlaps(from, from.plusMinutes(minutes), appointmentId);
        if (!overlaps.isEmpty() && !overlapAccepted) {
            return new PlanResult(List.of(), overlaps);
        }
        a.moveTo(day, start, minutes, clock.instant());
        appointments.saveAndFlush(a);
        return new PlanResult(List.of(recordOf(a)), overlaps);
    }

    /** Cancels one occurrence; the notice is the hours from now to its start (0 once it began). */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public AppointmentRecord cancel(long appointmentId, CancelledBy by, long expectedVersion) {
        Appointment a = find(appointmentId);
        access.requireTreatingTherapistToChange(a.getCaseId());
        a.checkVersion(expectedVersion);
        if (by == null) {
            throw ValidationProblem.of("cancelledBy", "validation.appointment.cancelledByRequired");
        }
        if (a.getStatus() != AppointmentStatus.PLANNED) {
            throw ValidationProblem.of("status", "validation.appointment.notPlanned");
        }
        long hours = Math.max(0, Duration.between(time.now(), a.start()).toHours());
        a.cancel(by, (int) Math.min(hours, Integer.MAX_VALUE), clock.instant());
        appointments.saveAndFlush(a);
        return recordOf(a);
    }

    /** Attended, not attended, or back to planned. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public AppointmentRecord mark(long appointmentId, AppointmentStatus status, long expectedVersion) {
        Appointment a = find(appointmentId);
        access.requireTreatingTherapistToChange(a.getCaseId());
        a.checkVersion(expectedVersion);
        if (status == null || status == AppointmentStatus.CANCELLED || a.getStatus() == AppointmentStatus.CANCELLED
                || status == AppointmentStatus.PLANNED && a.getSessionId() != null) {
            throw ValidationProblem.of("status", "validation.appointment.cannotMark");
        }
        if (status != AppointmentStatus.PLANNED && a.start().isAfter(time.now())) {
            throw ValidationProblem.of("status", "validation.appointment.notYet");
        }
        a.mark(status, clock.instant());
        appointments.saveAndFlush(a);
        return recordOf(a);
    }

    /** The signed-in therapist's appointments from one day to another (inclusive), in time order. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<AppointmentRecord> myAppointments(LocalDate from, LocalDate to) {
        Map<Long, String> titles = caseload.myCaseTitles();
        if (titles.isEmpty()) {
            return List.of();
        }
        return appointments.findWithin(titles.keySet(), from, to).stream()
                .map(a -> record(a, titles.get(a.getCaseId()), List.of())).toList();
    }

    /**
     * The signed-in client's coming appointments (planned, not yet ended), soonest first: only those
     * of their own cases at which they are expected.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public List<AppointmentRecord> myNextAppointments(int limit) {
        long me = currentUser.require().accountId();
        LocalDateTime now = time.now();
        Map<Long, String> titles = caseload.myCases().stream().filter(c -> !c.closed())
                .collect(Collectors.toMap(CaseSummary::caseId, CaseSummary::title));
        if (titles.isEmpty()) {
            return List.of();
        }
        return appointments.findWithin(titles.keySet(), now.toLocalDate(), now.toLocalDate().plusYears(2)).stream()
                .filter(a -> a.getStatus() == AppointmentStatus.PLANNED && a.end().isAfter(now)
                        && a.getPartners().contains(me))
                .limit(limit).map(a -> record(a, titles.get(a.getCaseId()), List.of())).toList();
    }

    /**
     * One appointment as an .ics file, for its treating therapist or a client expected at it. The
     * title carries initials only: the file ends up in calendars Tether does not control.
     */
    @PreAuthorize(Roles.HAS_THERAPIST_OR_CLIENT)
    @Transactional(readOnly = true)
    public CalendarFile calendarFile(long appointmentId) {
        Appointment a = find(appointmentId);
        TetherUser user = access.requireParticipant(a.getCaseId());
        if (user.is(Role.CLIENT) && !a.getPartners().contains(user.accountId())) {
            throw new AccessDeniedException("Appointment not available");
        }
        AppointmentRecord r = user.is(Role.THERAPIST) ? recordOf(a) : record(a, "", List.of());
        String title = user.is(Role.THERAPIST)
                ? IcsWriter.initials(caseload.caseDetails(a.getCaseId()).clients().stream()
                        .map(ClientRef::displayName).toList())
                : null;
        byte[] ics = IcsWriter.write(List.of(new IcsWriter.Event(r,
                title == null ? translator.t("appointment.ics.clientTitle") : title)), time.zone(), null);
        return new CalendarFile("appointment-" + r.day() + ".ics", ics);
    }

    // ---- within the module ----

    /** Links a session just recorded from this appointment; the appointment counts as attended. */
    void linkSession(long appointmentId, long caseId, long sessionId) {
        Appointment a = find(appointmentId);
        if (a.getCaseId() != caseId) {
            throw new AccessDeniedException("Appointment of another case");
        }
        if (!record(a, "", List.of()).canRecord()) {
            throw ValidationProblem.of("appointment", "validation.appointment.alreadyRecorded");
        }
        a.recordedAs(sessionId, clock.instant());
        appointments.flush();
    }

    /** Checks, before a session is saved, that an appointment may be recorded in this case. */
    void checkRecordable(long appointmentId, long caseId) {
        Appointment a = find(appointmentId);
        if (a.getCaseId() != caseId) {
            throw new AccessDeniedException("Appointment of another case");
        }
        if (!record(a, "", List.of()).canRecord()) {
            throw ValidationProblem.of("appointment", "validation.appointment.alreadyRecorded");
        }
    }

    String feedName() {
        return translator.t("appointment.ics.feedName");
    }

    List<AppointmentRecord> within(Map<Long, List<String>> cases, LocalDate from, LocalDate to) {
        if (cases.isEmpty()) {
            return List.of();
        }
        return appointments.findWithin(cases.keySet(), from, to).stream()
                .map(a -> record(a, String.join(" & ", cases.get(a.getCaseId())), List.of())).toList();
    }

    // ---- helpers ----

    private Appointment find(long appointmentId) {
        return appointments.findById(appointmentId)
                .orElseThrow(() -> new AccessDeniedException("Appointment not available"));
    }

    private List<Overlap> overlaps(LocalDateTime from, LocalDateTime to, Long except) {
        Map<Long, String> titles = caseload.myCaseTitles();
        if (titles.isEmpty()) {
            return List.of();
        }
        return appointments.findWithin(titles.keySet(), from.toLocalDate().minusDays(1), to.toLocalDate()).stream()
                .filter(a -> !a.getId().equals(except) && a.overlaps(from, to))
                .map(a -> new Overlap(a.getId(), titles.get(a.getCaseId()), a.start(), a.end())).toList();
    }

    private AppointmentRecord recordOf(Appointment a) {
        CaseDetails details = caseload.caseDetails(a.getCaseId());
        return record(a, details.title(), details.clients());
    }

    private static AppointmentRecord record(Appointment a, String title, List<ClientRef> clients) {
        List<ClientRef> expected = clients.stream().filter(c -> a.getPartners().contains(c.accountId())).toList();
        return new AppointmentRecord(a.getId(), a.getCaseId(), title, a.getSeriesId(), a.getDay(), a.getStartsAt(),
                a.getMinutes(), expected, a.getMode(), a.getPlace(), a.getStatus(), a.getCancelledBy(),
                a.getNoticeHours(), a.getSessionId(), a.getVersion());
    }

    private List<LocalDate> validate(AppointmentInput in, CaseDetails details) {
        Set<Long> clients = details.clients().stream().map(ClientRef::accountId).collect(Collectors.toSet());
        if (!clients.containsAll(in.partnerIds())) {
            throw new AccessDeniedException("Client not in this case");
        }
        var problems = new ValidationProblem.Collector();
        checkWhen(problems, in.day(), in.start(), in.minutes());
        if (in.partnerIds().isEmpty()) {
            problems.add("partners", "validation.appointment.partnerRequired");
        }
        if (in.mode() == null) {
            problems.add("mode", "validation.appointment.modeRequired");
        }
        if (in.place() != null && in.place().strip().length() > PLACE_MAX) {
            problems.add("place", "validation.text.tooLong", PLACE_MAX, in.place().strip().length());
        }
        if (in.repeat() != Repeat.NONE) {
            if (in.until() == null && in.count() == null) {
                problems.add("until", "validation.appointment.endRequired");
            } else if (in.count() != null && (in.count() < 2 || in.count() > MAX_OCCURRENCES)) {
                problems.add("count", "validation.appointment.count", MAX_OCCURRENCES);
            } else if (in.until() != null && in.day() != null && !in.until().isAfter(in.day())) {
                problems.add("until", "validation.appointment.untilAfterStart");
            }
        }
        problems.throwIfAny();
        List<LocalDate> days = new ArrayList<>();
        if (in.repeat() == Repeat.NONE) {
            days.add(in.day());
        } else {
            for (int k = 0; k < MAX_OCCURRENCES; k++) {
                LocalDate d = in.day().plusWeeks((long) k * in.repeat().weeks());
                if (in.count() != null && k >= in.count() || in.until() != null && d.isAfter(in.until())) {
                    break;
                }
                days.add(d);
            }
        }
        days.sort(Comparator.naturalOrder());
        return days;
    }

    private void checkWhen(ValidationProblem.Collector problems, LocalDate day, LocalTime start, Integer minutes) {
        if (day == null) {
            problems.add("day", "validation.appointment.dayRequired");
        } else if (day.isBefore(time.today())) {
            problems.add("day", "validation.appointment.past");
        }
        if (start == null) {
            problems.add("start", "validation.appointment.startRequired");
        }
        if (minutes == null || minutes < 5 || minutes > 600) {
            problems.add("minutes", "validation.appointment.minutes");
        }
    }
}
