package app.tether.caseload;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the case page shows; {@code version} guards edits made from it. {@code closedOn} is
 * null while the case is open; {@code closures} and {@code lensChanges} are newest first.
 */
public record CaseDetails(long caseId, CaseKind kind, List<ClientRef> clients, String therapistName,
                          Enrolment enrolment, List<StageChangeRecord> history, long version,
                          LocalDate closedOn, String closedReason, List<ClosureRecord> closures,
                          List<LensChangeRecord> lensChanges) {

    public String title() {
        return String.join(" & ", clients.stream().map(ClientRef::displayName).toList());
    }

    public boolean closed() {
        return closedOn != null;
    }
}
