package app.tether.caseload;

import app.tether.security.CurrentUser;
import app.tether.security.Role;
import app.tether.security.TetherUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one object-level rule for case data, used by every module that takes a case id:
 * the treating therapist reaches the case; a client reaches only cases they belong to;
 * an admin reaches no clinical content. A missing case and a forbidden one look the same.
 */
@Component
@Transactional(readOnly = true)
public class CaseAccessPolicy {

    private final CaseRepository cases;
    private final CurrentUser currentUser;

    CaseAccessPolicy(CaseRepository cases, CurrentUser currentUser) {
        this.cases = cases;
        this.currentUser = currentUser;
    }

    /** The current user must be the therapist treating this case. */
    public TetherUser requireTreatingTherapist(long caseId) {
        TetherUser user = currentUser.require();
        if (user.is(Role.THERAPIST) && cases.isTreatedBy(caseId, user.accountId())) {
            return user;
        }
        throw new AccessDeniedException("Case not available");
    }

    /** The current user must be the treating therapist or one of the case's clients. */
    public TetherUser requireParticipant(long caseId) {
        TetherUser user = currentUser.require();
        boolean allowed = switch (user.role()) {
            case THERAPIST -> cases.isTreatedBy(caseId, user.accountId());
            case CLIENT -> cases.hasClient(caseId, user.accountId());
            case ADMIN -> false;
        };
        if (!allowed) {
            throw new AccessDeniedException("Case not available");
        }
        return user;
    }
}
