package app.tether.caseload;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Lets later modules add counts to the caseload without the caseload depending on them.
 * Implementations must only answer for cases the current therapist treats
 * ({@link CaseAccessPolicy#treatedByCurrentTherapist}).
 */
public interface CaseIndicatorSource {

    Map<Long, List<CaseIndicator>> indicators(Collection<Long> caseIds);
}
