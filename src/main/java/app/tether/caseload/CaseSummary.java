package app.tether.caseload;

import java.util.List;

/** One row of a therapist's caseload. {@code enrolment} is null until the case is enrolled. */
public record CaseSummary(long caseId, CaseKind kind, List<String> clientNames, Enrolment enrolment,
                          List<CaseIndicator> indicators) {

    public String title() {
        return String.join(" & ", clientNames);
    }
}
