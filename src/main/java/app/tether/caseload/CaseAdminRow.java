package app.tether.caseload;

import java.util.List;

/** What the admin sees of a case: who is in it and who treats it, no clinical content. */
public record CaseAdminRow(long caseId, CaseKind kind, List<ClientRef> clients, long therapistId,
                           String therapistName) {

    public String title() {
        return String.join(" & ", clients.stream().map(ClientRef::displayName).toList());
    }
}
