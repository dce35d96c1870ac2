package app.tether.caseload;

import app.tether.security.Account;
import app.tether.security.Roles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The guidance beside a case's stage: the signs that the next stage may be near, with what the
 * case's own homework and log already show (decision record 022). Guidance only: nothing here is
 * consulted when the stage changes. The case's current lens brings its own note for the stage
 * (decision record 032), so a lens change shows the new lens's note at once.
 */
@Service
@Transactional(readOnly = true)
public class StageGuidanceService {

    private final CaseRepository cases;
    private final CaseAccessPolicy access;
    private final ObjectProvider<StageEvidenceSource> sources;

    StageGuidanceService(CaseRepository cases, CaseAccessPolicy access, ObjectProvider<StageEvidenceSource> sources) {
        this.cases = cases;
        this.access = access;
        this.sources = sources;
    }

    /** The signs of the case's current stage with their evidence; null while the case is not enrolled. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public StageGuidance guidance(long caseId) {
        access.requireTreatingTherapist(caseId);
        CareCase c = cases.findWithPeople(caseId).orElseThrow(() -> new AccessDeniedException("Case not available"));
        if (!c.isEnrolled()) {
            return null;
        }
        Stage stage = Stage.of(c.getCurrentStage());
        List<ClientRef> clients = c.getClients().stream()
                .map((Account a) -> new ClientRef(a.getId(), a.getDisplayName(), a.getUsername())).toList();
        TreatedCases theCase = new TreatedCases(List.of(caseId));
        List<SignEvidence> found = new ArrayList<>();
        sources.orderedStream().forEach(s -> found.addAll(s.evidence(theCase, stage, clients)));
        return new StageGuidance(stage, StageSign.of(stage).stream()
                .map(sign -> new StageGuidance.Sign(sign, found.stream().filter(e -> e.sign() == sign)
                        .map(SignEvidence::text).toList()))
                .toList(), c.getLens());
    }
}
