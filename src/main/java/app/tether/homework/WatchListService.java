package app.tether.homework;

import app.tether.caseload.CaseAccessPolicy;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.ClientRef;
import app.tether.programme.FrameworkExercises;
import app.tether.security.CurrentUser;
import app.tether.security.Roles;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The watch list (decision record 035): Future Prevention's early signs and what goes with them, read
 * from a client's latest sent Future Prevention in a case. Drafts never count; each partner has their own.
 */
@Service
@Transactional(readOnly = true)
public class WatchListService {

    static final String SIGNS = "signs";
    static final String THEN = "then";
    static final String COPING = "coping";
    static final String SUPPORT = "support";

    private final AnswerSetRepository answerSets;
    private final CaseAccessPolicy access;
    private final CaseloadService caseload;
    private final CurrentUser currentUser;

    WatchListService(AnswerSetRepository answerSets, CaseAccessPolicy access, CaseloadService caseload,
                     CurrentUser currentUser) {
        this.answerSets = answerSets;
        this.access = access;
        this.caseload = caseload;
        this.currentUser = currentUser;
    }

    /** The signed-in client's own watch list in one of their cases; empty until they sent a Future Prevention. */
    @PreAuthorize(Roles.HAS_CLIENT)
    public Optional<WatchList> myWatchList(long caseId) {
        access.requireParticipant(caseId);
        var me = currentUser.require();
        return latest(caseId, me.accountId(), null);
    }

    /**
     * The watch list of each client of the case who has one, in the case's order of clients, as sent by
     * {@code asOf} (null: now): for the case page and the session summary. The treating therapist only.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public List<WatchList> caseWatchLists(long caseId, Instant asOf) {
        access.requireTreatingTherapist(caseId);
        return caseload.caseDetails(caseId).clients().stream().map(ClientRef::accountId)
                .map(clientId -> latest(caseId, clientId, asOf)).flatMap(Optional::stream).toList();
    }

    private Optional<WatchList> latest(long caseId, long clientId, Instant asOf) {
        return answerSets.findSubmissionsOf(clientId, FrameworkExercises.FUTURE_PREVENTION).stream()
                .filter(s -> s.getAssignment().getCaseId() == caseId)
                .filter(s -> asOf == null || !s.getSavedAt().isAfter(asOf))
                .findFirst()
                .map(s -> {
                    Answers a = s.answers();
                    Assignment as = s.getAssignment();
                    return new WatchList(clientId, as.getClient().getDisplayName(), as.getId(), s.getSavedAt(),
                            a.filled(SIGNS), text(a, THEN), text(a, COPING), text(a, SUPPORT));
                });
    }

    private static String text(Answers a, String key) {
        String v = a.first(key);
        return v.isBlank() ? null : v.strip();
    }
}
