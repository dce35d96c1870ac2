package app.tether.homework;

import app.tether.caseload.CaseAccessPolicy;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.ClientRef;
import app.tether.programme.FrameworkExercises;
import app.tether.security.CurrentUser;
import app.tether.security.Roles;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The watch list (decision record 035): Future Prevention's early signs and what goes with them, read
 * from a client's latest sent Future Prevention in a case. Drafts and cancelled homework never count; each
 * partner has their own, and a joint plan is one list for both.
 */
@Service
@Transactional(readOnly = true)
public class WatchListService {

    static final String SIGNS = "signs";
    static final String THEN = "then";
    static final String COPING = "coping";
    static final String SUPPORT = "support";

    private final AnswerSetRepository answerSets;
    private final AssignmentRepository assignments;
    private final CaseAccessPolicy access;
    private final CaseloadService caseload;
    private final CurrentUser currentUser;

    WatchListService(AnswerSetRepository answerSets, AssignmentRepository assignments, CaseAccessPolicy access,
                     CaseloadService caseload, CurrentUser currentUser) {
        this.answerSets = answerSets;
        this.assignments = assignments;
        this.access = access;
        this.caseload = caseload;
        this.currentUser = currentUser;
    }

    /** The signed-in client's own watch list in one of their cases; empty until they sent a Future Prevention. */
    @PreAuthorize(Roles.HAS_CLIENT)
    public Optional<WatchList> myWatchList(long caseId) {
        access.requireParticipant(caseId);
        var me = currentUser.require();
        return latest(caseId, me.accountId(), null).map(this::list);
    }

    /**
     * The watch list of each client of the case who has one, in the case's order of clients, as sent by
     * {@code asOf} (null: now): for the case page and the session summary. A joint plan comes once, under
     * the first partner, naming the other. The treating therapist only.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public List<WatchList> caseWatchLists(long caseId, Instant asOf) {
        access.requireTreatingTherapist(caseId);
        return lists(caseId, asOf);
    }

    /**
     * The case page's view: the watch lists now, and which clients were given a Future Prevention (not
     * cancelled), so a fall in a stage before the plan is not told as a plan missing. The treating therapist only.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public CaseWatchLists caseWatchListsNow(long caseId) {
        access.requireTreatingTherapist(caseId);
        return new CaseWatchLists(lists(caseId, null),
                Set.copyOf(assignments.clientsGiven(caseId, FrameworkExercises.FUTURE_PREVENTION)));
    }

    /** A case's watch lists, and the clients asked for a Future Prevention. */
    public record CaseWatchLists(List<WatchList> lists, Set<Long> askedForPlan) {

        public CaseWatchLists {
            lists = List.copyOf(lists);
            askedForPlan = Set.copyOf(askedForPlan);
        }
    }

    private List<WatchList> lists(long caseId, Instant asOf) {
        List<WatchList> out = new ArrayList<>();
        Set<String> jointPlans = new HashSet<>();
        for (long clientId : caseload.caseDetails(caseId).clients().stream().map(ClientRef::accountId).toList()) {
            latest(caseId, clientId, asOf)
                    .filter(s -> !s.getAssignment().isJoint() || jointPlans.add(s.getAssignment().getPairKey()))
                    .map(this::list).ifPresent(out::add);
        }
        return out;
    }

    private Optional<AnswerSet> latest(long caseId, long clientId, Instant asOf) {
        return answerSets.findLatestSent(caseId, clientId, FrameworkExercises.FUTURE_PREVENTION, asOf, Limit.of(1))
                .stream().findFirst();
    }

    private WatchList list(AnswerSet s) {
        Answers a = s.answers();
        Assignment as = s.getAssignment();
        // A joint send copies the answers to both partners' homework: one plan, both its writers.
        var partner = as.isJoint() ? assignments.findPartners(as.getPairKey(), as.getId()).stream()
                .map(Assignment::getClient).findFirst() : Optional.<app.tether.security.Account>empty();
        return new WatchList(as.getClient().getId(), as.getClient().getDisplayName(), as.getId(), s.getSavedAt(),
                a.filled(SIGNS), text(a, THEN), text(a, COPING), text(a, SUPPORT),
                partner.map(app.tether.security.Account::getId).orElse(null),
                partner.map(app.tether.security.Account::getDisplayName).orElse(null));
    }

    private static String text(Answers a, String key) {
        String v = a.first(key);
        return v.isBlank() ? null : v.strip();
    }
}
