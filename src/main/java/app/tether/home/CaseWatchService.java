package app.tether.home;

import app.tether.base.PracticeTime;
import app.tether.base.Translator;
import app.tether.caseload.CaseFacts;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.ClientRef;
import app.tether.caseload.TherapistCaseload;
import app.tether.caseload.TreatedCases;
import app.tether.exceptionlog.MomentOverview;
import app.tether.homework.WatchList;
import app.tether.homework.WatchListService;
import app.tether.scales.ScaleOverview;
import app.tether.security.Roles;
import app.tether.sessions.SessionOverview;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One case's watch lists with the home screen's "rating fell" reasons (decision record 035), for the case
 * page. The fall is worked out by the same {@link AttentionRules}, thresholds and acknowledgements as the
 * home screen, for this one case, so the two never disagree.
 */
@Service
@Transactional(readOnly = true)
public class CaseWatchService {

    private final CaseloadService caseload;
    private final AttentionState state;
    private final ScaleOverview scales;
    private final WatchListService watchLists;
    private final PracticeTime time;
    private final Translator translator;

    CaseWatchService(CaseloadService caseload, AttentionState state, ScaleOverview scales,
                     WatchListService watchLists, PracticeTime time, Translator translator) {
        this.caseload = caseload;
        this.state = state;
        this.scales = scales;
        this.watchLists = watchLists;
        this.time = time;
        this.translator = translator;
    }

    /** The treating therapist only; a closed case has no reasons, only its watch lists. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public CaseWatch caseWatch(long caseId) {
        // This one case's facts, read by therapist: refused when the case is not theirs.
        TherapistCaseload mine = caseload.myCaseFacts(caseId);
        CaseFacts facts = mine.cases().getFirst();
        WatchListService.CaseWatchLists watch = watchLists.caseWatchListsNow(caseId);
        Map<Long, AttentionReason> fell = fell(mine, facts);
        boolean planStage = facts.enrolment() != null && facts.enrolment().stage().number() == 6;
        List<CaseWatch.Item> items = new ArrayList<>();
        for (ClientRef c : facts.clients()) {
            WatchList list = watch.lists().stream().filter(l -> l.belongsTo(c.accountId())).findFirst().orElse(null);
            // A joint plan is drawn once, with its first writer; the partner's item keeps only their reason.
            boolean shownAbove = list != null && list.clientId() != c.accountId();
            AttentionReason reason = fell.get(c.accountId());
            if ((list != null && !shownAbove) || reason != null) {
                boolean planExpected = planStage || watch.askedForPlan().contains(c.accountId());
                items.add(new CaseWatch.Item(c.accountId(), c.displayName(), shownAbove ? null : list, reason,
                        shownAbove, planExpected));
            }
        }
        return new CaseWatch(items);
    }

    /** The "rating fell" reasons of an open case, per client. Only the scale feeds them. */
    private Map<Long, AttentionReason> fell(TherapistCaseload mine, CaseFacts facts) {
        TreatedCases one = mine.only(facts.caseId());
        if (one.isEmpty()) {
            return Map.of();
        }
        LocalDate today = time.today();
        AttentionState.State st = state.of(mine.therapistId());
        var rules = new AttentionRules(st.settings(), today, time.zone(), translator::onScreen);
        HomeCase hc = rules.open(facts, scales.forCases(one, today, st.settings().ratingDropDays()), List.of(),
                new MomentOverview.Moments(Map.of(), Map.of()),
                new SessionOverview.Sessions(Map.of(), Map.of(), List.of()),
                st.acknowledged().getOrDefault(facts.caseId(), Map.of()));
        return hc.reasons().stream().filter(r -> r.kind() == AttentionKind.RATING_FELL && r.clientId() != null)
                .collect(Collectors.toMap(AttentionReason::clientId, Function.identity(), (a, b) -> a));
    }
}
