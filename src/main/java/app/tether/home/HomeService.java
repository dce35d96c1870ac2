package app.tether.home;

import app.tether.base.PracticeTime;
import app.tether.base.Translator;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseAccessPolicy;
import app.tether.caseload.CaseFacts;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.TherapistCaseload;
import app.tether.exceptionlog.MomentOverview;
import app.tether.homework.HomeworkOverview;
import app.tether.homework.HomeworkOverview.LivePiece;
import app.tether.scales.ScaleOverview;
import app.tether.scales.ScaleOverview.PartnerScale;
import app.tether.security.CurrentUser;
import app.tether.security.Roles;
import app.tether.security.TetherUser;
import app.tether.sessions.AppointmentStatus;
import app.tether.sessions.SessionOverview;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The therapist's home screen: the day's sessions, every case with its figures and the reasons it
 * needs attention. One load runs six statements whatever the caseload's size (decision record 020):
 * the caseload, the therapist's thresholds and acknowledgements, then one each from scales,
 * homework, the exception log and sessions for all open cases at once.
 */
@Service
@Transactional
public class HomeService {

    private final CaseloadService caseload;
    private final CaseAccessPolicy access;
    private final CurrentUser currentUser;
    private final AttentionState state;
    private final ScaleOverview scales;
    private final HomeworkOverview homework;
    private final MomentOverview moments;
    private final SessionOverview sessions;
    private final ThresholdsRepository thresholds;
    private final AcknowledgementRepository acknowledgements;
    private final PracticeTime time;
    private final Translator translator;
    private final Clock clock;

    HomeService(CaseloadService caseload, CaseAccessPolicy access, CurrentUser currentUser, AttentionState state,
                ScaleOverview scales, HomeworkOverview homework, MomentOverview moments, SessionOverview sessions,
                ThresholdsRepository thresholds, AcknowledgementRepository acknowledgements, PracticeTime time,
                Translator translator, Clock clock) {
        this.caseload = caseload;
        this.access = access;
        this.currentUser = currentUser;
        this.state = state;
        this.scales = scales;
        this.homework = homework;
        this.moments = moments;
        this.sessions = sessions;
        this.thresholds = thresholds;
        this.acknowledgements = acknowledgements;
        this.time = time;
        this.translator = translator;
        this.clock = clock;
    }

    /**
     * The signed-in therapist's home screen. Cases that need attention come first, the most urgent
     * first (see {@link AttentionRules}), then the other open cases by name, then closed cases, most
     * recently closed first.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public HomeScreen load() {
        LocalDateTime now = time.now();
        LocalDate today = now.toLocalDate();
        TherapistCaseload mine = caseload.myCaseloadFacts();
        AttentionState.State st = state.of(mine.therapistId());
        AttentionSettings settings = st.settings();
        var open = mine.openCases();
        Map<Long, List<PartnerScale>> scaleByCase = scales.forCases(open, today, settings.ratingDropDays()).stream()
                .collect(Collectors.groupingBy(PartnerScale::caseId));
        Map<Long, List<LivePiece>> piecesByCase = homework.forCases(open).stream()
                .collect(Collectors.groupingBy(LivePiece::caseId));
        MomentOverview.Moments m = moments.forCases(open);
        SessionOverview.Sessions s = sessions.forCases(open, now);

        AttentionRules rules = new AttentionRules(settings, today, time.zone(), translator::onScreen);
        List<HomeCase> openCases = new ArrayList<>();
        List<HomeCase> closedCases = new ArrayList<>();
        Map<Long, String> titles = new HashMap<>();
        for (CaseFacts c : mine.cases()) {
            titles.put(c.caseId(), c.title());
            if (c.closed()) {
                closedCases.add(rules.closed(c));
            } else {
                openCases.add(rules.open(c, scaleByCase.getOrDefault(c.caseId(), List.of()),
                        piecesByCase.getOrDefault(c.caseId(), List.of()), m, s,
                        st.acknowledged().getOrDefault(c.caseId(), Map.of())));
            }
        }
        openCases.sort(Comparator.comparing((HomeCase h) -> !h.needsAttention())
                .thenComparing(Comparator.comparingInt(HomeCase::urgency).reversed())
                .thenComparing(HomeCase::title, String.CASE_INSENSITIVE_ORDER));
        closedCases.sort(Comparator.comparing(HomeCase::closedOn).reversed());
        List<HomeCase> all = new ArrayList<>(openCases);
        all.addAll(closedCases);

        // The sessions overview reads open cases only, so every item has its title.
        List<TodayItem> todayItems = s.today().stream()
                .map(i -> new TodayItem(i.caseId(), titles.get(i.caseId()), i.start(),
                        i.appointmentId() == null ? null : i.start().plusMinutes(i.minutes()), i.appointmentId(),
                        i.sessionId(), i.status() == AppointmentStatus.CANCELLED))
                .toList();
        return new HomeScreen(today, todayItems, all, settings);
    }

    /**
     * Hides a reason on one of the therapist's own open cases until something new feeds it: a new
     * rating, a new sending, a piece newly overdue, a new stretch of silence (decision record 020).
     * Acknowledging again covers what is there now. The change is audited like any other record.
     * {@code clientId} is the partner the reason is about (as in {@link AttentionReason#clientId()}),
     * null for a reason about the whole case: one partner's reason never hides the other's.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public void acknowledge(long caseId, AttentionKind kind, Long clientId) {
        TetherUser user = access.requireTreatingTherapistToChange(caseId);
        if (kind == null) {
            throw ValidationProblem.of("kind", "validation.home.kindRequired");
        }
        boolean perPartner = kind != AttentionKind.WAITING_REVIEW && kind != AttentionKind.NO_SESSION;
        if (perPartner != (clientId != null) || (clientId != null && caseload.caseDetails(caseId).clients().stream()
                .noneMatch(c -> c.accountId() == clientId))) {
            throw ValidationProblem.of("clientId", "validation.home.partner");
        }
        long partner = clientId == null ? 0 : clientId;
        var now = clock.instant();
        acknowledgements.find(user.accountId(), caseId, kind, partner).ifPresentOrElse(a -> a.renew(now),
                () -> acknowledgements.save(new Acknowledgement(user.accountId(), caseId, kind, partner, now)));
        acknowledgements.flush();
    }

    /** The signed-in therapist's thresholds (the defaults until they change one). */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public AttentionSettings settings() {
        return thresholds.findByTherapist(currentUser.require().accountId()).map(Thresholds::settings)
                .orElse(AttentionSettings.DEFAULTS);
    }

    /** Saves the signed-in therapist's thresholds; out-of-range values are refused with a ValidationProblem. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public AttentionSettings saveSettings(AttentionSettings settings) {
        long me = currentUser.require().accountId();
        if (settings == null) {
            throw ValidationProblem.of("settings", "validation.home.settingsRequired");
        }
        var problems = new ValidationProblem.Collector();
        range(problems, "ratingDropPoints", settings.ratingDropPoints(), AttentionSettings.RATING_DROP_POINTS_MIN,
                AttentionSettings.RATING_DROP_POINTS_MAX);
        range(problems, "ratingDropDays", settings.ratingDropDays(), AttentionSettings.RATING_DROP_DAYS_MIN,
                AttentionSettings.RATING_DROP_DAYS_MAX);
        range(problems, "reviewWaitDays", settings.reviewWaitDays(), AttentionSettings.REVIEW_WAIT_DAYS_MIN,
                AttentionSettings.REVIEW_WAIT_DAYS_MAX);
        range(problems, "overdueDays", settings.overdueDays(), AttentionSettings.OVERDUE_DAYS_MIN,
                AttentionSettings.OVERDUE_DAYS_MAX);
        range(problems, "noSessionDays", settings.noSessionDays(), AttentionSettings.NO_SESSION_DAYS_MIN,
                AttentionSettings.NO_SESSION_DAYS_MAX);
        range(problems, "noMomentDays", settings.noMomentDays(), AttentionSettings.NO_MOMENT_DAYS_MIN,
                AttentionSettings.NO_MOMENT_DAYS_MAX);
        problems.throwIfAny();
        Thresholds row = thresholds.findByTherapist(me).orElseGet(() -> new Thresholds(me));
        row.set(settings, clock.instant());
        thresholds.saveAndFlush(row);
        return row.settings();
    }

    private static void range(ValidationProblem.Collector problems, String field, int value, int min, int max) {
        if (value < min || value > max) {
            problems.add(field, "validation.home.range", min, max);
        }
    }
}
