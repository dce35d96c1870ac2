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
}
