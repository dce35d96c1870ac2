package app.tether.caseload;

import java.time.LocalDate;
import java.util.List;

/**
 * What the admin sees of a case: who is in it, who treats it, when it was opened and whether it is
 * closed; no clinical content.
 */
public record CaseAdminRow(long caseId, CaseKind kind, List<ClientRef> clients, long therapistId,
                           String therapistName, LocalDate openedOn, LocalDate closedOn, long version) {

    public String title() {
        return String.join(" & ", clients.stream().map(ClientRef::displayName).toList());
    }

    public boolean closed() {
        return closedOn != null;
    }
}
