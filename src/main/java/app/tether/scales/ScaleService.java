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

    /** The client rates today; rating again the same day replaces the earlier value. */
    @PreAuthorize(Roles.HAS_CLIENT)
    public MyScale rateToday(long caseId, Integer value, String note) {
        TetherUser me = requireClientOf(caseId);
        access.requireOpen(caseId);
        String text = note == null || note.isBlank() ? null : note.strip();
        var problems = new ValidationProblem.Collector();
        if (value == null || value < 1 || value > 10) {
            problems.add("value", "validation.answer.rating");
        }
        if (text != null && text.length() > NOTE_MAX) {
            problems.add("note", "validation.text.tooLong", NOTE_MAX, text.length());
        }
        problems.throwIfAny();
        LocalDate today = LocalDate.now(clock);
        ratings.findOne(caseId, me.accountId(), today, RatingSource.HOME).ifPresentOrElse(
                r -> r.change(value, text, clock.instant()),
                () -> ratings.save(new ScaleRating(caseId, me.accountId(), today, value, text, RatingSource.HOME,
                        clock.instant())));
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
                todays.map(ScaleRating::getNote).orElse(null));
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

    /** The ratings given in one session, per client. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public Map<Long, Integer> sessionRatings(long caseId, long sessionId) {
        access.requireTreatingTherapist(caseId);
        return ratings.findBySession(caseId, sessionId).stream()
                .collect(Collectors.toMap(ScaleRating::getClientId, ScaleRating::getValue, (x, y) -> y));
    }

    /**
     * Records the ratings given in a session held on {@code day}: the given values replace the
     * session's earlier ones (which move with it when its day changed); a person left out loses
     * theirs. The session module checks the session belongs to the case and who attended.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public void recordSessionRatings(long caseId, long sessionId, LocalDate day, Map<Long, Integer> values) {
        access.requireTreatingTherapistToChange(caseId);
        Set<Long> clients = caseload.caseDetails(caseId).clients().stream().map(ClientRef::accountId)
                .collect(Collectors.toSet());
        if (!clients.containsAll(values.keySet())) {
            throw new AccessDeniedException("Client not in this case");
        }
        if (values.values().stream().anyMatch(v -> v == null || v < 1 || v > 10)) {
            throw ValidationProblem.of("rating", "validation.answer.rating");
        }
        Set<Long> present = new java.util.HashSet<>();
        for (ScaleRating r : ratings.findBySession(caseId, sessionId)) {
            Integer v = values.get(r.getClientId());
            if (v == null) {
                ratings.delete(r);
            } else {
                r.change(v, null, clock.instant());
                r.moveTo(day);
                present.add(r.getClientId());
            }
        }
        values.forEach((clientId, v) -> {
            if (!present.contains(clientId)) {
                ratings.save(ScaleRating.inSession(caseId, clientId, sessionId, day, v, clock.instant()));
            }
        });
        ratings.flush();
        values.keySet().forEach(clientId -> events.publishEvent(new RatingRecorded(caseId, clientId, RatingSource.SESSION)));
    }

    /** Used by the homework listener: a rating the client gave inside an exercise. */
    void recordFromHomework(long caseId, long clientId, LocalDate day, int value) {
        ratings.findOne(caseId, clientId, day, RatingSource.HOMEWORK).ifPresentOrElse(
                r -> r.change(value, null, clock.instant()),
                () -> ratings.save(new ScaleRating(caseId, clientId, day, value, null, RatingSource.HOMEWORK,
                        clock.instant())));
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
                r.getSource(), r.getNote(), r.getSessionId());
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
