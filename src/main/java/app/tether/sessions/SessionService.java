package app.tether.sessions;

import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseAccessPolicy;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.ClientRef;
import app.tether.caseload.StageChangeRecord;
import app.tether.homework.AssignRequest;
import app.tether.homework.AssignmentSummary;
import app.tether.homework.HomeworkService;
import app.tether.scales.RatingRow;
import app.tether.scales.RatingSource;
import app.tether.scales.ScaleFollowUp;
import app.tether.scales.ScaleService;
import app.tether.scales.SessionRating;
import app.tether.security.AccountDirectory;
import app.tether.security.Roles;
import app.tether.security.TetherUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Session records: the therapist writes one per session held with a case, and sets homework from it. */
@Service
@Transactional
public class SessionService {

    public static final int NOTES_MAX = 20_000;

    private final SessionRepository sessions;
    private final SessionRevisionRepository revisions;
    private final AccountDirectory directory;
    private final CaseAccessPolicy access;
    private final CaseloadService caseload;
    private final ScaleService scales;
    private final HomeworkService homework;
    private final AppointmentService appointments;
    private final Clock clock;

    SessionService(SessionRepository sessions, SessionRevisionRepository revisions, AccountDirectory directory,
                   CaseAccessPolicy access, CaseloadService caseload, ScaleService scales, HomeworkService homework,
                   AppointmentService appointments, Clock clock) {
        this.sessions = sessions;
        this.revisions = revisions;
        this.directory = directory;
        this.access = access;
        this.caseload = caseload;
        this.scales = scales;
        this.homework = homework;
        this.appointments = appointments;
        this.clock = clock;
    }

    /** A case's sessions, newest first. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<SessionRecord> caseSessions(long caseId) {
        access.requireTreatingTherapist(caseId);
        CaseDetails details = caseload.caseDetails(caseId);
        Map<Long, Map<Long, SessionRating>> ratings = sessionRatingsBySession(caseId);
        List<TherapySession> all = sessions.findByCase(caseId);
        List<SessionRecord> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            out.add(record(all.get(i), i + 1, details, ratings));
        }
        return out.reversed();
    }

    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public SessionRecord session(long sessionId) {
        TherapySession s = load(sessionId);
        return recordOf(s);
    }

    /**
     * Records a session held with the case; the in-session ratings join the scale trend. Recorded
     * from an appointment of the case, the two are linked and the appointment counts as attended.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public SessionRecord create(long caseId, SessionInput input) {
        TetherUser me = access.requireTreatingTherapistToChange(caseId);
        CaseDetails details = caseload.caseDetails(caseId);
        if (input.appointmentId() != null) {
            appointments.checkRecordable(input.appointmentId(), caseId);
        }
        String notes = validate(input, details);
        TherapySession s = new TherapySession(caseId, me.accountId(), clock.instant());
        s.write(input.heldAt(), stageOn(details, input.heldAt().toLocalDate()), new LinkedHashSet<>(input.attendeeIds()),
                notes, clock.instant());
        sessions.saveAndFlush(s);
        if (input.appointmentId() != null) {
            appointments.linkSession(input.appointmentId(), caseId, s.getId());
        }
        scales.recordSessionRatings(caseId, s.getId(), input.heldAt().toLocalDate(), given(input));
        return recordOf(s);
    }

    /**
     * Changes a session record; {@code expectedVersion} guards against overwriting someone's later
     * edit. The version it replaces is kept (see {@link #revisions}).
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public SessionRecord update(long sessionId, SessionInput input, long expectedVersion) {
        TherapySession s = find(sessionId);
        TetherUser me = access.requireTreatingTherapistToChange(s.getCaseId());
        s.checkVersion(expectedVersion);
        CaseDetails details = caseload.caseDetails(s.getCaseId());
        String notes = validate(input, details);
        int next = revisions.findBySession(sessionId).stream().mapToInt(SessionRevision::getRevision).max().orElse(0) + 1;
        revisions.save(new SessionRevision(s, scales.sessionRatings(s.getCaseId(), sessionId), next, me.accountId(),
                clock.instant()));
        s.write(input.heldAt(), stageOn(details, input.heldAt().toLocalDate()), new LinkedHashSet<>(input.attendeeIds()),
                notes, clock.instant());
        sessions.saveAndFlush(s);
        scales.recordSessionRatings(s.getCaseId(), s.getId(), input.heldAt().toLocalDate(), given(input));
        return recordOf(s);
    }

    /** Earlier versions of a session record with the in-session ratings each had, newest first. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<RevisionRecord> revisions(long sessionId) {
        TherapySession s = load(sessionId);
        List<ClientRef> clients = caseload.caseDetails(s.getCaseId()).clients();
        Map<Long, String> editors = new HashMap<>();
        return revisions.findBySession(sessionId).stream().map(r -> new RevisionRecord(r.getRevision(), r.getHeldAt(),
                // Attendees and ratings in the case's client order, so versions read alike.
                clients.stream().filter(c -> r.attendeeIds().contains(c.accountId())).map(ClientRef::displayName)
                        .toList(),
                clients.stream().filter(c -> r.getRatings().containsKey(c.accountId()))
                        .map(c -> new RevisionRecord.Rating(c.displayName(), r.getRatings().get(c.accountId()).getRating(),
                                r.getRatings().get(c.accountId()).followUp()))
                        .toList(),
                r.getNotes(), r.getSavedAt(),
                editors.computeIfAbsent(r.getReplacedBy(), id -> directory.find(id).map(a -> a.getDisplayName())
                        .orElse("")), r.getReplacedAt())).toList();
    }

    /** Assigns homework from the session page; it is listed as set at this session. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public List<AssignmentSummary> setHomework(long sessionId, AssignRequest request) {
        TherapySession s = load(sessionId);
        access.requireOpen(s.getCaseId());
        if (request.caseId() != s.getCaseId()) {
            throw new AccessDeniedException("Homework for another case");
        }
        List<AssignmentSummary> created = homework.assign(request);
        s.addHomework(created.stream().map(AssignmentSummary::id).toList());
        sessions.flush();
        return created;
    }

    /** The signed-in therapist's sessions held on a day, across the caseload, in time order. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<DaySession> sessionsOn(LocalDate day) {
        Map<Long, String> titles = caseload.myCaseTitles();
        if (titles.isEmpty()) {
            return List.of();
        }
        List<TherapySession> held = sessions.findWithin(titles.keySet(), day.atStartOfDay(),
                day.plusDays(1).atStartOfDay());
        if (held.isEmpty()) {
            return List.of();
        }
        // Each session's number is its place in its case's date order: one query for all the day's cases.
        Map<Long, List<Long>> orderByCase = new HashMap<>();
        for (TherapySession s : sessions.findByCases(held.stream().map(TherapySession::getCaseId).distinct().toList())) {
            orderByCase.computeIfAbsent(s.getCaseId(), k -> new ArrayList<>()).add(s.getId());
        }
        return held.stream().map(s -> new DaySession(s.getId(), s.getCaseId(), titles.get(s.getCaseId()),
                orderByCase.get(s.getCaseId()).indexOf(s.getId()) + 1, s.getHeldAt())).toList();
    }

    // ---- helpers ----

    /** The session, once the current user is known to treat its case. */
    private TherapySession load(long sessionId) {
        TherapySession s = find(sessionId);
        access.requireTreatingTherapist(s.getCaseId());
        return s;
    }

    /** The session without an access check: the caller makes one. */
    private TherapySession find(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new AccessDeniedException("Session not available"));
    }

    private SessionRecord recordOf(TherapySession s) {
        CaseDetails details = caseload.caseDetails(s.getCaseId());
        List<TherapySession> all = sessions.findByCase(s.getCaseId());
        int number = all.stream().map(TherapySession::getId).toList().indexOf(s.getId()) + 1;
        Map<Long, Map<Long, SessionRating>> ratings = Map.of(s.getId(), scales.sessionRatings(s.getCaseId(), s.getId()));
        return record(s, number, details, ratings);
    }

    private static SessionRecord record(TherapySession s, int number, CaseDetails details,
                                        Map<Long, Map<Long, SessionRating>> ratings) {
        List<ClientRef> attending = details.clients().stream().filter(c -> s.getAttendees().contains(c.accountId()))
                .toList();
        Long day = details.enrolment() == null || s.getHeldAt().toLocalDate().isBefore(details.enrolment().start())
                ? null : ChronoUnit.DAYS.between(details.enrolment().start(), s.getHeldAt().toLocalDate()) + 1;
        Map<Long, SessionRating> mine = ratings.getOrDefault(s.getId(), Map.of()).entrySet().stream()
                .filter(e -> s.getAttendees().contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Map<Long, Integer> values = mine.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value()));
        Map<Long, ScaleFollowUp> followUps = mine.entrySet().stream().filter(e -> !e.getValue().followUp().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().followUp()));
        return new SessionRecord(s.getId(), s.getCaseId(), number, s.getHeldAt(), s.getStage(), day, attending, values,
                followUps, s.getNotes(), List.copyOf(s.getHomework()), s.getUpdatedAt(), s.getVersion());
    }

    private Map<Long, Map<Long, SessionRating>> sessionRatingsBySession(long caseId) {
        Map<Long, Map<Long, SessionRating>> out = new HashMap<>();
        for (RatingRow r : scales.caseScale(caseId).ratings()) {
            if (r.source() == RatingSource.SESSION && r.sessionId() != null) {
                out.computeIfAbsent(r.sessionId(), k -> new HashMap<>())
                        .put(r.clientId(), new SessionRating(r.value(), r.followUp()));
            }
        }
        return out;
    }

    /** The input's ratings with what each partner said to the follow-ups. */
    private static Map<Long, SessionRating> given(SessionInput in) {
        return in.ratings().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> new SessionRating(e.getValue(), in.followUps().get(e.getKey()))));
    }

    /**
     * The stage in effect on a day, from the stage history (newest first); null before enrolment.
     * An enrolment recorded after its start date counts from the start date, at stage 1.
     */
    static Integer stageOn(CaseDetails details, LocalDate day) {
        if (details.enrolment() == null || day.isBefore(details.enrolment().start())) {
            return null;
        }
        return details.history().stream().filter(h -> !h.changedOn().isAfter(day)).findFirst()
                .map(StageChangeRecord::toStage).orElse(1);
    }

    private String validate(SessionInput in, CaseDetails details) {
        Set<Long> clients = details.clients().stream().map(ClientRef::accountId).collect(Collectors.toSet());
        if (!clients.containsAll(in.attendeeIds()) || !clients.containsAll(in.ratings().keySet())
                || !clients.containsAll(in.followUps().keySet())) {
            throw new AccessDeniedException("Client not in this case");
        }
        var problems = new ValidationProblem.Collector();
        if (in.heldAt() == null) {
            problems.add("heldAt", "validation.session.whenRequired");
        } else if (in.heldAt().toLocalDate().isAfter(LocalDate.now(clock))) {
            problems.add("heldAt", "validation.session.future");
        }
        if (in.attendeeIds().isEmpty()) {
            problems.add("attendees", "validation.session.attendeeRequired");
        }
        in.ratings().forEach((clientId, value) -> {
            if (value == null || value < 1 || value > 10) {
                problems.add("rating-" + clientId, "validation.answer.rating");
            } else if (!in.attendeeIds().contains(clientId)) {
                problems.add("rating-" + clientId, "validation.session.ratingNeedsAttendance");
            }
        });
        in.followUps().forEach((clientId, followUp) -> {
            // What the client said belongs to their rating: without one it would have nowhere to go.
            if (!in.ratings().containsKey(clientId)) {
                problems.add("rating-" + clientId, "validation.session.followUpNeedsRating");
            }
            followUp.check(problems, "-" + clientId);
        });
        String notes = in.notes() == null || in.notes().isBlank() ? null : in.notes().strip();
        if (notes != null && notes.length() > NOTES_MAX) {
            problems.add("notes", "validation.text.tooLong", NOTES_MAX, notes.length());
        }
        problems.throwIfAny();
        return notes;
    }
}
