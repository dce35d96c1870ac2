package app.tether.home;

import app.tether.caseload.CaseFacts;
import app.tether.caseload.CaseKind;
import app.tether.caseload.ClientRef;
import app.tether.exceptionlog.MomentOverview.Moments;
import app.tether.homework.HomeworkOverview.LivePiece;
import app.tether.scales.ScaleOverview.PartnerScale;
import app.tether.sessions.SessionOverview.Sessions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Turns one case's facts into its figures and its reasons for attention (decision record 020).
 * <p>
 * Urgency, highest first: a rating that fell (a client getting worse) 500–599, no session (the case
 * drifting without contact) 400–499, answers waiting for review (the client waits for the therapist)
 * 300–399, overdue homework 200–299, no moment logged 100–199. Within a kind, the further past its
 * threshold the more urgent (one point per day or per tenth of a point, capped at 99), so kinds never
 * overlap.
 * <p>
 * Each reason also has its "evidence time": the newest fact that feeds it (the partner's latest
 * rating, the latest sending, the day a piece crossed the overdue threshold, the day the silence
 * crossed its threshold). An acknowledgement at or after that time hides it; anything newer shows it
 * again.
 */
final class AttentionRules {

    /** The weekly averages must move at least this much for the sparkline to point up or down. */
    static final double DIRECTION_STEP = 0.5;

    private final AttentionSettings settings;
    private final LocalDate today;
    private final ZoneId zone;
    private final UnaryOperator<String> titleOfKey;

    AttentionRules(AttentionSettings settings, LocalDate today, ZoneId zone, UnaryOperator<String> titleOfKey) {
        this.settings = settings;
        this.today = today;
        this.zone = zone;
        this.titleOfKey = titleOfKey;
    }

    /** A closed case: who and where it stood, no figures, no reasons. */
    HomeCase closed(CaseFacts c) {
        var e = c.enrolment();
        return new HomeCase(c.caseId(), c.kind(), names(c), e == null ? null : e.lens(), e == null ? null : e.stage(),
                e == null ? null : e.programmeDay(), List.of(), 0, 0, 0, null, null, List.of(), c.closedOn(),
                returnDay(e));
    }

    HomeCase open(CaseFacts c, List<PartnerScale> scales, List<LivePiece> pieces, Moments moments,
                  Sessions sessions, Map<AttentionState.AckKey, Instant> acks) {
        var e = c.enrolment();
        boolean couple = c.kind() == CaseKind.COUPLE;
        List<Candidate> reasons = new ArrayList<>();

        // The scale, per partner.
        List<PartnerTrend> partners = new ArrayList<>();
        for (ClientRef client : c.clients()) {
            PartnerScale s = scales.stream().filter(p -> p.clientId() == client.accountId()).findFirst().orElse(null);
            List<Double> weekly = s == null ? Collections.nCopies(8, null) : s.weekly();
            partners.add(new PartnerTrend(client.accountId(), client.displayName(), s == null ? null : s.latest(),
                    weekly, direction(weekly)));
            if (s != null && s.latest() != null && s.reference() != null && s.latestOn().isAfter(s.referenceOn())) {
                int drop = s.reference() - s.latest();
                if (drop >= settings.ratingDropPoints()) {
                    int days = settings.ratingDropDays();
                    reasons.add(days % 7 == 0
                            ? new Candidate(AttentionKind.RATING_FELL, client.accountId(), "home.reason.ratingFell.weeks",
                                    List.of(client.displayName(), drop, days / 7), 500 + cap(drop * 10), s.latestRecordedAt())
                            : new Candidate(AttentionKind.RATING_FELL, client.accountId(), "home.reason.ratingFell",
                                    List.of(client.displayName(), drop, days), 500 + cap(drop * 10), s.latestRecordedAt()));
                }
            }
        }

        // Homework: answers waiting for review (the case's), overdue pieces (per partner).
        List<LivePiece> waiting = pieces.stream().filter(LivePiece::submitted).toList();
        List<LivePiece> overdue = pieces.stream().filter(p -> p.overdueOn(today)).toList();
        int toReview = LivePiece.answers(waiting);
        if (!waiting.isEmpty()) {
            Instant oldest = waiting.stream().map(LivePiece::submittedAt).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            Instant newest = waiting.stream().map(LivePiece::submittedAt).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            long days = oldest == null ? 0 : ChronoUnit.DAYS.between(LocalDate.ofInstant(oldest, zone), today);
            if (days >= settings.reviewWaitDays()) {
                reasons.add(new Candidate(AttentionKind.WAITING_REVIEW, null, "home.reason.waitingReview",
                        List.of(toReview, days), 300 + cap(days), newest));
            }
        }
        for (ClientRef client : c.clients()) {
            List<LivePiece> late = overdue.stream().filter(p -> p.clientId() == client.accountId())
                    .filter(p -> daysOverdue(p) >= settings.overdueDays())
                    .sorted(Comparator.comparing(LivePiece::dueOn).thenComparing(LivePiece::assignmentId)).toList();
            if (late.isEmpty()) {
                continue;
            }
            LivePiece worst = late.getFirst();
            long days = daysOverdue(worst);
            String title = worst.builtin() ? titleOfKey.apply(worst.title()) : worst.title();
            LocalDate crossed = late.stream().map(p -> p.dueOn().plusDays(settings.overdueDays()))
                    .max(Comparator.naturalOrder()).orElseThrow();
            reasons.add(couple
                    ? new Candidate(AttentionKind.OVERDUE_HOMEWORK, client.accountId(), "home.reason.overdue.partner",
                            List.of(client.displayName(), title, days, late.size() - 1), 200 + cap(days), start(crossed))
                    : new Candidate(AttentionKind.OVERDUE_HOMEWORK, client.accountId(), "home.reason.overdue",
                            List.of(title, days, late.size() - 1), 200 + cap(days), start(crossed)));
        }

        // Silence: no session since the last one (or since the case was opened), no moment since the
        // partner's last one (or since the programme started: moments belong to the programme).
        LocalDateTime last = sessions.lastSession().get(c.caseId());
        LocalDate lastSession = last == null ? null : last.toLocalDate();
        LocalDate sessionFrom = later(lastSession, c.openedOn());
        long quietDays = ChronoUnit.DAYS.between(sessionFrom, today);
        if (quietDays >= settings.noSessionDays()) {
            reasons.add(new Candidate(AttentionKind.NO_SESSION, null, "home.reason.noSession", List.of(quietDays),
                    400 + cap(quietDays - settings.noSessionDays()), start(sessionFrom.plusDays(settings.noSessionDays()))));
        }
        if (e != null) {
            for (ClientRef client : c.clients()) {
                LocalDateTime moment = moments.latest(c.caseId(), client.accountId());
                LocalDate from = later(moment == null ? null : moment.toLocalDate(), e.start());
                long days = ChronoUnit.DAYS.between(from, today);
                if (days >= settings.noMomentDays()) {
                    Instant evidence = start(from.plusDays(settings.noMomentDays()));
                    int urgency = 100 + cap(days - settings.noMomentDays());
                    reasons.add(couple
                            ? new Candidate(AttentionKind.NO_MOMENT, client.accountId(), "home.reason.noMoment.partner",
                                    List.of(client.displayName(), days), urgency, evidence)
                            : new Candidate(AttentionKind.NO_MOMENT, client.accountId(), "home.reason.noMoment", List.of(days), urgency,
                                    evidence));
                }
            }
        }

        List<AttentionReason> shown = reasons.stream()
                .sorted(Comparator.comparingInt(Candidate::urgency).reversed())
                .map(r -> r.reason(acks.get(new AttentionState.AckKey(r.kind(), r.clientId()))))
                .toList();
        LocalDateTime next = sessions.nextAppointment().get(c.caseId());
        return new HomeCase(c.caseId(), c.kind(), names(c), e == null ? null : e.lens(), e == null ? null : e.stage(),
                e == null ? null : e.programmeDay(), partners, overdue.size(), toReview,
                moments.unreviewed(c.caseId()), lastSession, next, shown, null, returnDay(e));
    }

    /** The day of a return to an earlier stage, null when the case is not in one. */
    private static Long returnDay(app.tether.caseload.Enrolment e) {
        return e != null && e.returned() ? e.stageDay() : null;
    }

    /** Up or down when the last week with ratings is at least half a point from the first; NONE with fewer than two. */
    static Direction direction(List<Double> weekly) {
        List<Double> values = weekly.stream().filter(Objects::nonNull).toList();
        if (values.size() < 2) {
            return Direction.NONE;
        }
        double change = values.getLast() - values.getFirst();
        return change >= DIRECTION_STEP ? Direction.UP : change <= -DIRECTION_STEP ? Direction.DOWN : Direction.FLAT;
    }

    private long daysOverdue(LivePiece p) {
        return ChronoUnit.DAYS.between(p.dueOn(), today);
    }

    private Instant start(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }

    private static int cap(long n) {
        return (int) Math.max(0, Math.min(99, n));
    }

    private static List<String> names(CaseFacts c) {
        return c.clients().stream().map(ClientRef::displayName).toList();
    }

    /** A reason before acknowledgements are applied: {@code evidence} is the newest fact feeding it. */
    private record Candidate(AttentionKind kind, Long clientId, String key, List<Object> args, int urgency,
                             Instant evidence) {

        AttentionReason reason(Instant acknowledgedAt) {
            boolean seen = acknowledgedAt != null && (evidence == null || !acknowledgedAt.isBefore(evidence));
            return new AttentionReason(kind, clientId, key, args, urgency, seen);
        }
    }
}
