package app.tether.scales;

import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseAccessPolicy;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.ClientRef;
import app.tether.security.Role;
import app.tether.security.Roles;
import app.tether.security.TetherUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The 1-10 scale: clients rate, therapists follow the trend per partner and set a target band. */
@Service
@Transactional
public class ScaleService {

    public static final int NOTE_MAX = 500;
    /** Each follow-up answer (what keeps it from lower, one point higher); the fields show the same limit. */
    public static final int FOLLOW_UP_MAX = 2000;

    private final ScaleRatingRepository ratings;
    private final ScaleTargetRepository targets;
    private final CaseAccessPolicy access;
    private final CaseloadService caseload;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ScaleService(ScaleRatingRepository ratings, ScaleTargetRepository targets, CaseAccessPolicy access,
                 CaseloadService caseload, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.ratings = ratings;
        this.targets = targets;
        this.access = access;
        this.caseload = caseload;
        this.clock = clock;
    }

    /**
     * The client rates today, with an optional note and the optional follow-ups (null: none);
     * rating again the same day replaces the earlier value, note and follow-ups.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    public MyScale rateToday(long caseId, Integer value, String note, ScaleFollowUp followUp) {
        TetherUser me = requireClientOf(caseId);
        access.requireOpen(caseId);
        String text = note == null || note.isBlank() ? null : note.strip();
        ScaleFollowUp answers = ScaleFollowUp.orNone(followUp);
        var problems = new ValidationProblem.Collector();
        if (value == null || value < 1 || value > 10) {
            problems.add("value", "validation.answer.rating");
        }
        if (text != null && text.length() > NOTE_MAX) {
            problems.add("note", "validation.text.tooLong", NOTE_MAX, text.length());
        }
        answers.check(problems, "");
        problems.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        ScaleRating rating = ratings.findOne(caseId, me.accountId(), today, RatingSource.HOME).map(r -> {
            r.change(value, text, clock.instant());
            return r;
        }).orElseGet(() -> ratings.save(new ScaleRating(caseId, me.accountId(), today, value, text, RatingSource.HOME,
                clock.instant())));
        rating.answer(answers);
        ratings.flush();
        events.publishEvent(new RatingRecorded(caseId, me.accountId(), RatingSource.HOME));
        return myScale(caseId);
    }

    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public MyScale myScale(long caseId) {
        TetherUser me = requireClientOf(caseId);
        List<ScaleRating> mine = ratings.findByCaseAndClient(caseId, me.accountId());
        Map<Long, String> names = Map.of(me.accountId(), me.displayName());
        LocalDate today = LocalDate.now(clock);
        var todays = mine.stream().filter(r -> r.getRatedOn().equals(today) && r.getSource() == RatingSource.HOME)
                .findFirst();
        return new MyScale(caseId, trend(me.accountId(), me.displayName(), mine, today),
                mine.stream().map(r -> row(r, names)).toList(), todays.map(ScaleRating::getValue).orElse(null),
                todays.map(ScaleRating::getNote).orElse(null), todays.map(ScaleRating::followUp).orElse(null));
    }

    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public CaseScale caseScale(long caseId) {
        access.requireTreatingTherapist(caseId);
        CaseDetails details = caseload.caseDetails(caseId);
        LocalDate today = LocalDate.now(clock);
        List<ScaleRating> all = ratings.findByCase(caseId);
        Map<Long, String> names = details.clients().stream()
                .collect(Collectors.toMap(ClientRef::accountId, ClientRef::displayName));
        List<PersonTrend> people = new ArrayList<>();
        for (ClientRef c : details.clients()) {
            people.add(trend(c.accountId(), c.displayName(),
                    all.stream().filter(r -> r.getClientId() == c.accountId()).toList(), today));
        }
        List<StageMark> marks = details.history().stream().filter(h -> h.fromStage() != null)
                .map(h -> new StageMark(h.changedOn(), h.toStage()))
                .sorted(Comparator.comparing(StageMark::day)).toList();
        LocalDate from = details.enrolment() != null ? details.enrolment().start()
                : all.isEmpty() ? today.minusWeeks(4) : all.getFirst().getRatedOn();
        if (!all.isEmpty() && all.getFirst().getRatedOn().isBefore(from)) {
            from = all.getFirst().getRatedOn();
        }
        var target = targets.findById(caseId);
        return new CaseScale(caseId, from, today, people, all.stream().map(r -> row(r, names)).toList(), marks,
                target.map(ScaleTarget::getLow).orElse(null), target.map(ScaleTarget::getHigh).orElse(null));
    }

    /** Sets the band to aim for; both null removes it. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public CaseScale setTarget(long caseId, Integer low, Integer high) {
        access.requireTreatingTherapistToChange(caseId);
        if (low == null && high == null) {
            targets.findById(caseId).ifPresent(targets::delete);
        } else {
            var problems = new ValidationProblem.Collector();
            if (low == null || low < 1 || low > 10) {
                problems.add("low", "validation.answer.rating");
            }
            if (high == null || high < 1 || high > 10) {
                problems.add("high", "validation.answer.rating");
            }
            if (!problems.has("low") && !problems.has("high") && low > high) {
                problems.add("high", "validation.scale.band");
            }
            problems.throwIfAny();
            targets.findById(caseId).ifPresentOrElse(t -> t.set(low, high),
                    () -> targets.save(new ScaleTarget(caseId, low, high)));
        }
        targets.flush();
        return caseScale(caseId);
    }

    /** The ratings given in one session, per client, with their follow-ups. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public Map<Long, SessionRating> sessionRatings(long caseId, long sessionId) {
        access.requireTreatingTherapist(caseId);
        return ratings.findBySession(caseId, sessionId).stream()
                .collect(Collectors.toMap(ScaleRating::getClientId, r -> new SessionRating(r.getValue(), r.followUp()),
                        (x, y) -> y));
    }

    /**
     * Records the ratings given in a session held on {@code day}, each with what the client said to
     * the follow-ups: the given ones replace the session's earlier ones (which move with it when its
     * day changed); a person left out loses theirs. The session module checks the session belongs
     * to the case and who attended.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public void recordSessionRatings(long caseId, long sessionId, LocalDate day, Map<Long, SessionRating> given) {
        access.requireTreatingTherapistToChange(caseId);
        Set<Long> clients = caseload.caseDetails(caseId).clients().stream().map(ClientRef::accountId)
                .collect(Collectors.toSet());
        if (!clients.containsAll(given.keySet())) {
            throw new AccessDeniedException("Client not in this case");
        }
        var problems = new ValidationProblem.Collector();
        given.forEach((clientId, r) -> {
            if (r == null || r.value() < 1 || r.value() > 10) {
                problems.add("rating-" + clientId, "validation.answer.rating");
            } else {
                r.followUp().check(problems, "-" + clientId);
            }
        });
        problems.throwIfAny();
        Set<Long> present = new java.util.HashSet<>();
        for (ScaleRating r : ratings.findBySession(caseId, sessionId)) {
            SessionRating g = given.get(r.getClientId());
            if (g == null) {
                ratings.delete(r);
            } else {
                r.change(g.value(), null, clock.instant());
                r.answer(g.followUp());
                r.moveTo(day);
                present.add(r.getClientId());
            }
        }
        given.forEach((clientId, g) -> {
            if (!present.contains(clientId)) {
                ScaleRating r = ScaleRating.inSession(caseId, clientId, sessionId, day, g.value(), clock.instant());
                r.answer(g.followUp());
                ratings.save(r);
            }
        });
        ratings.flush();
        given.keySet().forEach(clientId -> events.publishEvent(new RatingRecorded(caseId, clientId, RatingSource.SESSION)));
    }

    /**
     * Used by the homework listener: a rating the client gave inside an exercise, with its
     * follow-up answers (the homework's own limits already applied to them).
     */
    void recordFromHomework(long caseId, long clientId, LocalDate day, int value, ScaleFollowUp followUp) {
        ScaleRating rating = ratings.findOne(caseId, clientId, day, RatingSource.HOMEWORK).map(r -> {
            r.change(value, null, clock.instant());
            return r;
        }).orElseGet(() -> ratings.save(new ScaleRating(caseId, clientId, day, value, null, RatingSource.HOMEWORK,
                clock.instant())));
        rating.answer(ScaleFollowUp.orNone(followUp));
        events.publishEvent(new RatingRecorded(caseId, clientId, RatingSource.HOMEWORK));
    }

    private TetherUser requireClientOf(long caseId) {
        TetherUser user = access.requireParticipant(caseId);
        if (!user.is(Role.CLIENT)) {
            throw new AccessDeniedException("Only the case's clients rate");
        }
        return user;
    }

    private static RatingRow row(ScaleRating r, Map<Long, String> names) {
        return new RatingRow(r.getRatedOn(), r.getClientId(), names.getOrDefault(r.getClientId(), ""), r.getValue(),
                r.getSource(), r.getNote(), r.getSessionId(), r.followUp());
    }

    static PersonTrend trend(long clientId, String name, List<ScaleRating> mine, LocalDate today) {
        if (mine.isEmpty()) {
            return new PersonTrend(clientId, name, null, null, null, null, 0);
        }
        int first = mine.getFirst().getValue();
        int latest = mine.getLast().getValue();
        OptionalDouble avg = mine.stream().filter(r -> !r.getRatedOn().isBefore(today.minusDays(27)))
                .mapToInt(ScaleRating::getValue).average();
        Double average = avg.isPresent() ? Math.round(avg.getAsDouble() * 10) / 10.0 : null;
        return new PersonTrend(clientId, name, first, latest, latest - first, average, mine.size());
    }
}
