package app.tether.caseload;

import app.tether.audit.AuditAction;
import app.tether.audit.AuditEvent;
import app.tether.audit.AuditLog;

import app.tether.base.ValidationProblem;
import app.tether.security.Account;
import app.tether.security.AccountDirectory;
import app.tether.security.CurrentUser;
import app.tether.security.Role;
import app.tether.security.Roles;
import app.tether.security.TetherUser;
import org.springframework.security.access.prepost.PreAuthorize;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Cases, their people and their place in the programme. */
@Service
@Transactional
public class CaseloadService {

    public static final int REASON_MAX = 1000;

    private static final String THERAPIST_OR_ADMIN = "hasAnyRole('THERAPIST', 'ADMIN')";

    private final CaseRepository cases;
    private final StageChangeRepository stageChanges;
    private final CaseAccessPolicy access;
    private final AccountDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final TherapistAssignmentRepository assignments;
    private final AuditLog audit;
    private final CaseClosureRepository closures;
    private final LensChangeRepository lensChanges;

    private final org.springframework.context.ApplicationEventPublisher events;
    private final app.tether.base.PracticeTime practiceTime;

    CaseloadService(CaseRepository cases, StageChangeRepository stageChanges, CaseAccessPolicy access,
                    AccountDirectory directory, CurrentUser currentUser, Clock clock,
                    TherapistAssignmentRepository assignments,
                    AuditLog audit, CaseClosureRepository closures, LensChangeRepository lensChanges,
                    org.springframework.context.ApplicationEventPublisher events,
                    app.tether.base.PracticeTime practiceTime) {
        this.events = events;
        this.practiceTime = practiceTime;
        this.closures = closures;
        this.lensChanges = lensChanges;
        this.assignments = assignments;
        this.audit = audit;
        this.cases = cases;
        this.stageChanges = stageChanges;
        this.access = access;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- therapist ----

    /** The signed-in therapist's open cases; closed ones are in {@link #myClosedCases()}. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<CaseSummary> myCaseload() {
        LocalDate today = LocalDate.now(clock);
        List<CareCase> mine = cases.findCaseload(currentUser.require().accountId()).stream()
                .filter(c -> !c.isClosed()).toList();
        Map<Long, StageStay> stays = stays(mine);
        return mine.stream()
                .map(c -> new CaseSummary(c.getId(), c.getKind(),
                        c.getClients().stream().map(Account::getDisplayName).toList(),
                        enrolment(c, today, stays.getOrDefault(c.getId(), StageStay.NONE)), null))
                .toList();
    }

    /**
     * The signed-in therapist's cases, open and closed, in one statement, for the home screen; its
     * {@link TherapistCaseload#openCases()} lets other modules add their figures for the open ones.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public TherapistCaseload myCaseloadFacts() {
        long therapistId = currentUser.require().accountId();
        return facts(therapistId, cases.caseloadRows(therapistId));
    }

    /**
     * {@link #myCaseloadFacts()} for one case of the signed-in therapist, in one statement; refused when the
     * case is not theirs (the rows are read by therapist, so this is also the access check).
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public TherapistCaseload myCaseFacts(long caseId) {
        long therapistId = currentUser.require().accountId();
        var rows = cases.caseloadRowsOfCase(therapistId, caseId);
        if (rows.isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException("Case not available");
        }
        return facts(therapistId, rows);
    }

    private TherapistCaseload facts(long therapistId, List<Object[]> rows) {
        // The practice's day, as the attention rules count it (the server may run in UTC).
        LocalDate today = practiceTime.today();
        Map<Long, Object[]> caseRows = new LinkedHashMap<>();
        Map<Long, List<ClientRef>> clients = new java.util.HashMap<>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            caseRows.putIfAbsent(id, r);
            clients.computeIfAbsent(id, k -> new ArrayList<>())
                    .add(new ClientRef((Long) r[7], (String) r[8], (String) r[9]));
        }
        List<CaseFacts> facts = new ArrayList<>();
        List<Long> open = new ArrayList<>();
        caseRows.forEach((id, r) -> {
            Lens lens = (Lens) r[2];
            LocalDate start = (LocalDate) r[3];
            LocalDate closedOn = (LocalDate) r[6];
            LocalDate created = LocalDate.ofInstant((java.time.Instant) r[5], practiceTime.zone());
            LocalDate opened = start != null && start.isBefore(created) ? start : created;
            facts.add(new CaseFacts(id, (CaseKind) r[1], clients.get(id),
                    enrolment(lens, start, (Integer) r[4], closedOn, today,
                            new StageStay((LocalDate) r[10], (Integer) r[11], (Boolean) r[12])), opened, closedOn));
            if (closedOn == null) {
                open.add(id);
            }
        });
        return new TherapistCaseload(therapistId, facts, new TreatedCases(open));
    }

    /** The signed-in therapist's closed cases, most recently closed first, without counts or charts. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<CaseSummary> myClosedCases() {
        LocalDate today = LocalDate.now(clock);
        List<CareCase> closed = cases.findCaseload(currentUser.require().accountId()).stream()
                .filter(CareCase::isClosed).toList();
        Map<Long, StageStay> stays = stays(closed);
        return closed.stream()
                .sorted(java.util.Comparator.comparing(CareCase::getClosedOn).reversed())
                .map(c -> summary(c, today, stays))
                .toList();
    }

    /** The signed-in therapist's case ids and titles, without the caseload's counts and charts. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public Map<Long, String> myCaseTitles() {
        return titles(false);
    }

    /** As {@link #myCaseTitles()}, open cases only: for lists of work still to do. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public Map<Long, String> myOpenCaseTitles() {
        return titles(true);
    }

    private Map<Long, String> titles(boolean openOnly) {
        Map<Long, String> titles = new LinkedHashMap<>();
        for (CareCase c : cases.findCaseload(currentUser.require().accountId())) {
            if (!openOnly || !c.isClosed()) {
                titles.put(c.getId(), String.join(" & ", c.getClients().stream().map(Account::getDisplayName).toList()));
            }
        }
        return titles;
    }

    /** The signed-in client's own cases (usually one), with who is in them; open ones first. */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public List<CaseSummary> myCases() {
        LocalDate today = LocalDate.now(clock);
        List<CareCase> mine = cases.findByClient(currentUser.require().accountId());
        Map<Long, StageStay> stays = stays(mine);
        return mine.stream()
                .sorted(java.util.Comparator.comparing(CareCase::isClosed))
                .map(c -> summary(c, today, stays))
                .toList();
    }

    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public CaseDetails caseDetails(long caseId) {
        access.requireTreatingTherapist(caseId);
        CareCase c = cases.findWithPeople(caseId).orElseThrow(() -> new AccessDeniedException("Case not available"));
        List<StageChangeRecord> history = stageChanges.findHistory(caseId).stream()
                .map(s -> new StageChangeRecord(s.getFromStage(), s.getToStage(), s.getReason(), s.getChangedOn(),
                        s.getChangedBy().getDisplayName()))
                .toList();
        return new CaseDetails(c.getId(), c.getKind(), clients(c), c.getTherapist().getDisplayName(),
                enrolment(c, LocalDate.now(clock), StageStay.of(history)), history, c.getVersion(), c.getClosedOn(), c.getClosedReason(),
                closures.findHistory(caseId).stream().map(CaseClosure::record).toList(),
                lensChanges.findHistory(caseId).stream().map(LensChange::record).toList());
    }

    /** Enrols the case in the programme at stage 1. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public CaseDetails enrol(long caseId, Lens lens, LocalDate start, long expectedVersion) {
        TetherUser user = access.requireTreatingTherapistToChange(caseId);
        CareCase c = load(caseId);
        c.checkVersion(expectedVersion);
        var problems = new ValidationProblem.Collector();
        if (c.isEnrolled()) {
            problems.add("lens", "validation.enrol.already");
        }
        if (lens == null) {
            problems.add("lens", "validation.enrol.lensRequired");
        }
        if (start == null) {
            problems.add("start", "validation.enrol.startRequired");
        } else if (start.isAfter(LocalDate.now(clock))) {
            problems.add("start", "validation.enrol.startInFuture");
        }
        problems.throwIfAny();
        c.enrol(lens, start);
        stageChanges.save(new StageChange(c, null, 1, "", LocalDate.now(clock), clock.instant(),
                directory.find(user.accountId()).orElseThrow()));
        cases.flush();
        return caseDetails(caseId);
    }

    /** Moves the case to another stage, forwards or back, with the therapist's reason. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public CaseDetails changeStage(long caseId, Integer toStage, String reason, long expectedVersion) {
        TetherUser user = access.requireTreatingTherapistToChange(caseId);
        CareCase c = load(caseId);
        c.checkVersion(expectedVersion);
        String why = reason == null ? "" : reason.strip();
        var problems = new ValidationProblem.Collector();
        if (!c.isEnrolled()) {
            problems.add("stage", "validation.stage.notEnrolled");
        } else if (toStage == null || toStage < 1 || toStage > 6) {
            problems.add("stage", "validation.stage.range");
        } else if (Objects.equals(toStage, c.getCurrentStage())) {
            problems.add("stage", "validation.stage.same", toStage);
        }
        if (why.isEmpty()) {
            problems.add("reason", "validation.stage.reasonRequired");
        } else if (why.length() > REASON_MAX) {
            problems.add("reason", "validation.text.tooLong", REASON_MAX, why.length());
        }
        problems.throwIfAny();
        Integer from = c.getCurrentStage();
        c.moveTo(toStage);
        stageChanges.save(new StageChange(c, from, toStage, why, LocalDate.now(clock), clock.instant(),
                directory.find(user.accountId()).orElseThrow()));
        cases.flush();
        return caseDetails(caseId);
    }

    /** Changes the lens of an enrolled case, with the therapist's reason kept in the case's history. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public CaseDetails changeLens(long caseId, Lens lens, String reason, long expectedVersion) {
        TetherUser user = access.requireTreatingTherapistToChange(caseId);
        CareCase c = load(caseId);
        c.checkVersion(expectedVersion);
        String why = reason == null ? "" : reason.strip();
        var problems = new ValidationProblem.Collector();
        if (!c.isEnrolled()) {
            problems.add("lens", "validation.lens.notEnrolled");
        } else if (lens == null) {
            problems.add("lens", "validation.enrol.lensRequired");
        } else if (lens == c.getLens()) {
            problems.add("lens", "validation.lens.same");
        }
        requireReason(why, problems);
        problems.throwIfAny();
        Lens from = c.getLens();
        c.changeLens(lens);
        lensChanges.save(new LensChange(caseId, from, lens, why, LocalDate.now(clock), clock.instant(),
                directory.find(user.accountId()).orElseThrow()));
        audit.record(AuditEvent.of(AuditAction.LENS_CHANGED, caseId, "CASE", caseId,
                "from:" + from.name() + " to:" + lens.name()));
        cases.flush();
        return caseDetails(caseId);
    }

    /**
     * Closes (discharges) a case on a day, with the reason; afterwards its record is read-only until it
     * is reopened. The treating therapist closes their case; the admin may close any case.
     */
    @PreAuthorize(THERAPIST_OR_ADMIN)
    public CaseAdminRow closeCase(long caseId, LocalDate closedOn, String reason, long expectedVersion) {
        TetherUser user = requireTherapistOrAdmin(caseId);
        CareCase c = load(caseId);
        c.checkVersion(expectedVersion);
        String why = reason == null ? "" : reason.strip();
        var problems = new ValidationProblem.Collector();
        if (c.isClosed()) {
            problems.add("closedOn", "validation.close.already");
        } else if (closedOn == null) {
            problems.add("closedOn", "validation.close.dateRequired");
        } else if (closedOn.isAfter(LocalDate.now(clock))) {
            problems.add("closedOn", "validation.close.future");
        } else if (closedOn.isBefore(openedOn(c))) {
            problems.add("closedOn", "validation.close.beforeOpened", date(openedOn(c)));
        }
        requireReason(why, problems);
        problems.throwIfAny();
        c.close(closedOn, why);
        closures.save(new CaseClosure(caseId, CaseClosure.Action.CLOSED, closedOn, why, clock.instant(),
                directory.find(user.accountId()).orElseThrow()));
        audit.record(AuditEvent.of(AuditAction.CASE_CLOSED, caseId, "CASE", caseId, "on:" + closedOn));
        cases.flush();
        events.publishEvent(new CaseClosed(caseId, closedOn));
        return adminRow(c);
    }

    /** Reopens a closed case today, with the reason; the closing stays in the case's history. */
    @PreAuthorize(THERAPIST_OR_ADMIN)
    public CaseAdminRow reopenCase(long caseId, String reason, long expectedVersion) {
        TetherUser user = requireTherapistOrAdmin(caseId);
        CareCase c = load(caseId);
        c.checkVersion(expectedVersion);
        String why = reason == null ? "" : reason.strip();
        var problems = new ValidationProblem.Collector();
        if (!c.isClosed()) {
            problems.add("reason", "validation.reopen.notClosed");
        }
        requireReason(why, problems);
        problems.throwIfAny();
        c.reopen();
        closures.save(new CaseClosure(caseId, CaseClosure.Action.REOPENED, LocalDate.now(clock), why,
                clock.instant(), directory.find(user.accountId()).orElseThrow()));
        audit.record(AuditEvent.of(AuditAction.CASE_REOPENED, caseId, "CASE", caseId, null));
        cases.flush();
        return adminRow(c);
    }

    // ---- admin ----

    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public List<CaseAdminRow> listCasesForAdmin() {
        return cases.findAllWithPeople().stream().map(this::adminRow).toList();
    }

    @PreAuthorize(Roles.HAS_ADMIN)
    public CaseAdminRow createCase(NewCase request) {
        var problems = new ValidationProblem.Collector();
        if (request.kind() == null) {
            problems.add("kind", "validation.case.kindRequired");
        }
        Account first = null;
        Account second = null;
        if (request.firstClientId() == null) {
            problems.add("firstClient", "validation.case.clientRequired");
        } else {
            first = directory.findActive(request.firstClientId(), Role.CLIENT).orElse(null);
            if (first == null) {
                problems.add("firstClient", "validation.case.notAClient");
            }
        }
        if (request.kind() == CaseKind.COUPLE) {
            if (request.secondClientId() == null) {
                problems.add("secondClient", "validation.case.partnerRequired");
            } else if (request.secondClientId().equals(request.firstClientId())) {
                problems.add("secondClient", "validation.case.samePerson");
            } else {
                second = directory.findActive(request.secondClientId(), Role.CLIENT).orElse(null);
                if (second == null) {
                    problems.add("secondClient", "validation.case.notAClient");
                }
            }
        }
        Account therapist = null;
        if (request.therapistId() == null) {
            problems.add("therapist", "validation.case.therapistRequired");
        } else {
            therapist = directory.findActive(request.therapistId(), Role.THERAPIST).orElse(null);
            if (therapist == null) {
                problems.add("therapist", "validation.case.notATherapist");
            }
        }
        problems.throwIfAny();
        List<Account> people = new ArrayList<>();
        people.add(first);
        if (second != null) {
            people.add(second);
        }
        if (!request.duplicateConfirmed()) {
            warnAboutOpenCases(people);
        }
        CareCase saved = cases.save(new CareCase(request.kind(), therapist, people, clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CASE_CREATED, saved.getId(), "CASE", saved.getId(),
                "kind:" + saved.getKind().name()));
        recordAssignment(saved, therapist);
        return adminRow(saved);
    }

    /** Gives the case to another therapist; the history stays with the case. */
    @PreAuthorize(Roles.HAS_ADMIN)
    public CaseAdminRow assignTherapist(long caseId, Long therapistId) {
        CareCase c = load(caseId);
        Account therapist = therapistId == null ? null
                : directory.findActive(therapistId, Role.THERAPIST).orElse(null);
        if (therapist == null) {
            throw ValidationProblem.of("therapist", "validation.case.notATherapist");
        }
        if (c.getTherapist().getId() != therapist.getId()) {
            long previous = c.getTherapist().getId();
            c.setTherapist(therapist);
            assignments.findOpen(c.getId()).forEach(a -> a.end(clock.instant()));
            recordAssignment(c, therapist);
            audit.record(AuditEvent.of(AuditAction.THERAPIST_ASSIGNED, c.getId(), "CASE", c.getId(),
                    "from:" + previous + " to:" + therapist.getId()));
        }
        return adminRow(c);
    }

    /** Who treated the case when, oldest first; for the admin. */
    @PreAuthorize(Roles.HAS_ADMIN)
    @Transactional(readOnly = true)
    public List<TherapistAssignmentRecord> assignmentHistory(long caseId) {
        load(caseId);
        return assignments.findByCaseIdOrderByAssignedAtAscIdAsc(caseId).stream()
                .map(TherapistAssignment::record).toList();
    }

    /** Asks first when a client already has an open case: a second one is rarely meant. */
    private void warnAboutOpenCases(List<Account> people) {
        List<Long> ids = people.stream().map(Account::getId).toList();
        List<OpenCaseExists.Existing> existing = new ArrayList<>();
        List<ValidationProblem.FieldError> errors = new ArrayList<>();
        for (CareCase open : cases.findOpenWithClients(ids)) {
            for (int i = 0; i < people.size(); i++) {
                Account person = people.get(i);
                if (open.getClients().stream().anyMatch(a -> java.util.Objects.equals(a.getId(), person.getId()))) {
                    existing.add(new OpenCaseExists.Existing(person.getDisplayName(), adminRow(open)));
                    // The case title is only named when it is not just this person's name.
                    String key = title(open).equals(person.getDisplayName()) ? "validation.case.openCaseExists"
                            : "validation.case.openCaseExists.with";
                    errors.add(new ValidationProblem.FieldError(i == 0 ? "firstClient" : "secondClient", key,
                            List.of(person.getDisplayName(), title(open), date(openedOn(open)),
                                    open.getTherapist().getDisplayName())));
                }
            }
        }
        if (!existing.isEmpty()) {
            throw new OpenCaseExists(errors, existing);
        }
    }

    private void recordAssignment(CareCase c, Account therapist) {
        Long by = currentUser.get().map(TetherUser::accountId).orElse(null);
        assignments.save(new TherapistAssignment(c.getId(), therapist.getId(), clock.instant(), by));
    }

    // ---- helpers ----

    private CareCase load(long caseId) {
        return cases.findWithPeople(caseId).orElseThrow(() -> new AccessDeniedException("Case not available"));
    }

    private CaseAdminRow adminRow(CareCase c) {
        return new CaseAdminRow(c.getId(), c.getKind(), clients(c), c.getTherapist().getId(),
                c.getTherapist().getDisplayName(), openedOn(c), c.getClosedOn(), c.getVersion());
    }

    private CaseSummary summary(CareCase c, LocalDate today, Map<Long, StageStay> stays) {
        return new CaseSummary(c.getId(), c.getKind(), c.getClients().stream().map(Account::getDisplayName).toList(),
                enrolment(c, today, stays.getOrDefault(c.getId(), StageStay.NONE)), c.getClosedOn());
    }

    /** The stage history's facts for these cases, in one statement (none for an empty list). */
    private Map<Long, StageStay> stays(List<CareCase> list) {
        List<Long> enrolled = list.stream().filter(CareCase::isEnrolled).map(CareCase::getId).toList();
        if (enrolled.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<StageStay.Move>> moves = new java.util.HashMap<>();
        for (Object[] r : stageChanges.moves(enrolled)) {
            moves.computeIfAbsent((Long) r[0], k -> new ArrayList<>())
                    .add(new StageStay.Move((Integer) r[1], (Integer) r[2], (LocalDate) r[3]));
        }
        Map<Long, StageStay> stays = new java.util.HashMap<>();
        moves.forEach((id, newestFirst) -> stays.put(id, StageStay.ofNewestFirst(newestFirst)));
        return stays;
    }

    private static String title(CareCase c) {
        return String.join(" & ", c.getClients().stream().map(Account::getDisplayName).toList());
    }

    /** The day the case was opened, or its programme start when work began before it was entered here. */
    private LocalDate openedOn(CareCase c) {
        LocalDate created = LocalDate.ofInstant(c.getCreatedAt(), clock.getZone());
        return c.getProgrammeStart() != null && c.getProgrammeStart().isBefore(created) ? c.getProgrammeStart()
                : created;
    }

    /** A day as a message argument: MessageFormat formats java.util.Date in the JVM's zone. */
    private static java.util.Date date(LocalDate day) {
        return java.util.Date.from(day.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
    }

    private static void requireReason(String why, ValidationProblem.Collector problems) {
        if (why.isEmpty()) {
            problems.add("reason", "validation.reason.required");
        } else if (why.length() > REASON_MAX) {
            problems.add("reason", "validation.text.tooLong", REASON_MAX, why.length());
        }
    }

    /** The admin reaches every case row; a therapist only the cases they treat. */
    private TetherUser requireTherapistOrAdmin(long caseId) {
        TetherUser user = currentUser.require();
        return user.is(Role.ADMIN) ? user : access.requireTreatingTherapist(caseId);
    }

    private static List<ClientRef> clients(CareCase c) {
        return c.getClients().stream()
                .map(a -> new ClientRef(a.getId(), a.getDisplayName(), a.getUsername()))
                .toList();
    }

    static Enrolment enrolment(CareCase c, LocalDate today, StageStay stay) {
        return enrolment(c.getLens(), c.getProgrammeStart(), c.getCurrentStage(), c.getClosedOn(), today, stay);
    }

    private static Enrolment enrolment(Lens lens, LocalDate start, Integer stage, LocalDate closedOn, LocalDate today,
                                       StageStay stay) {
        if (start == null) {
            return null;
        }
        // A closed case's programme stopped on the day it closed.
        LocalDate upTo = closedOn != null && closedOn.isBefore(today) ? closedOn : today;
        long day = ChronoUnit.DAYS.between(start, upTo) + 1;
        LocalDate since = stay.lastMoveOn() == null || stay.lastMoveOn().isBefore(start) ? start : stay.lastMoveOn();
        long stageDay = Math.max(1, ChronoUnit.DAYS.between(since, upTo) + 1);
        boolean returned = stay.furthest() != null && stay.furthest() > stage;
        return new Enrolment(lens, start, Stage.of(stage), day, since, stageDay, returned,
                returned || stay.wentBack());
    }
}
