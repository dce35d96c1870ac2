package app.tether.caseload;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of a therapist's caseload or a client's own cases. {@code enrolment} is null until the
 * case is enrolled; {@code closedOn} is null while the case is open.
 */
public record CaseSummary(long caseId, CaseKind kind, List<String> clientNames, Enrolment enrolment,
                          LocalDate closedOn) {

    public String title() {
        return String.join(" & ", clientNames);
    }

    public boolean closed() {
        return closedOn != null;
    }
}
