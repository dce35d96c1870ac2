package app.tether.caseload;

import app.tether.base.ValidationProblem;
import app.tether.security.CurrentUser;
import app.tether.security.Role;
import app.tether.security.TetherUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

/**
 * The one object-level rule for case data, used by every module that takes a case id:
 * the treating therapist reaches the case; a client reaches only cases they belong to;
 * an admin reaches no clinical content. A missing case and a forbidden one look the same.
 * A closed case is read-only: every write goes through a {@code …ToChange} method or
 * {@link #requireOpen}, which refuse it with a validation message after the access check.
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

    /** As {@link #requireTreatingTherapist}, for a change: the case must also be open. */
    public TetherUser requireTreatingTherapistToChange(long caseId) {
        TetherUser user = requireTreatingTherapist(caseId);
        requireOpen(caseId);
        return user;
    }

    /** As {@link #requireParticipant}, for a change: the case must also be open. */
    public TetherUser requireParticipantToChange(long caseId) {
        TetherUser user = requireParticipant(caseId);
        requireOpen(caseId);
        return user;
    }

    /**
     * Refuses a change to a closed case with a message that says when it was closed. Call it after
     * the access check, so a stranger learns nothing about the case.
     */
    public void requireOpen(long caseId) {
        LocalDate closedOn = cases.findClosedOn(caseId).orElse(null);
        if (closedOn != null) {
            throw closed(closedOn);
        }
    }

    /** The day a case was closed, if it is; for screens that hide their forms. Check access first. */
    public java.util.Optional<LocalDate> closedOn(long caseId) {
        return cases.findClosedOn(caseId);
    }

    /**
     * Whether work given to this client in this case goes on: the case is open and the client is active
     * and still on it (a weekly series stops otherwise). Check access first.
     */
    public boolean goesOnFor(long caseId, long clientId) {
        return cases.findClosedOn(caseId).isEmpty() && cases.hasClient(caseId, clientId);
    }

    /**
     * The lens the case works through now (empty until it is enrolled), for forms that ask the lens's
     * prompts (decision record 032). Check access first.
     */
    public java.util.Optional<Lens> currentLens(long caseId) {
        return cases.findLens(caseId);
    }

    static ValidationProblem closed(LocalDate closedOn) {
        // MessageFormat formats java.util.Date in the JVM's zone, so the day is built in that zone.
        return ValidationProblem.of("case", "validation.case.closed",
                Date.from(closedOn.atStartOfDay(ZoneId.systemDefault()).toInstant()));
    }
}
