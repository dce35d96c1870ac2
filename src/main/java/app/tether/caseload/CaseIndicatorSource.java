package app.tether.caseload;

import java.util.List;
import java.util.Map;

/**
 * Lets later modules add counts to the caseload without the caseload depending on them. The
 * caseload hands over only the current therapist's own cases ({@link TreatedCases}).
 */
public interface CaseIndicatorSource {

    Map<Long, List<CaseIndicator>> indicators(TreatedCases cases);
}
