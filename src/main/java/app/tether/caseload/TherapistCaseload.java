package app.tether.caseload;

import java.util.List;

/**
 * The signed-in therapist's cases, open and closed, read in one statement, with the open ones
 * handed over as {@link TreatedCases} so other modules can add their figures without an access
 * query of their own.
 */
public record TherapistCaseload(long therapistId, List<CaseFacts> cases, TreatedCases openCases) {

    public TherapistCaseload {
        cases = List.copyOf(cases);
    }

    /** One of the open cases alone (empty when it is not one of them), for a figure about a single case. */
    public TreatedCases only(long caseId) {
        return new TreatedCases(openCases.ids().contains(caseId) ? List.of(caseId) : List.of());
    }
}
