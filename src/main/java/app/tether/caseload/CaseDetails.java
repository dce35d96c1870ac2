package app.tether.caseload;

import java.util.List;

/** Everything the case page shows; {@code version} guards edits made from it. */
public record CaseDetails(long caseId, CaseKind kind, List<ClientRef> clients, String therapistName,
                          Enrolment enrolment, List<StageChangeRecord> history, long version) {

    public String title() {
        return String.join(" & ", clients.stream().map(ClientRef::displayName).toList());
    }
}
