package app.tether.caseload;

import java.time.LocalDate;
import java.util.List;

/**
 * A case as the home screen needs it, without loading the entity: who is in it, where it stands in
 * the programme ({@code enrolment} null until enrolled), the day it was opened and, once closed,
 * the day it closed.
 */
public record CaseFacts(long caseId, CaseKind kind, List<ClientRef> clients, Enrolment enrolment, LocalDate openedOn,
                        LocalDate closedOn) {

    public CaseFacts {
        clients = List.copyOf(clients);
    }

    public String title() {
        return String.join(" & ", clients.stream().map(ClientRef::displayName).toList());
    }

    public boolean closed() {
        return closedOn != null;
    }
}
