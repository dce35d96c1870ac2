package app.tether.caseload;

import app.tether.security.Account;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * System-side: the cases a therapist treats, with their clients' names, for a caller that has
 * already established who the therapist is without a signed-in session (a private calendar
 * feed's token). Views never use it.
 */
@Component
@Transactional(readOnly = true)
public class TreatingTherapistCases {

    private final CaseRepository cases;

    TreatingTherapistCases(CaseRepository cases) {
        this.cases = cases;
    }

    /** Case id to its clients' display names, in the case's order. */
    public Map<Long, List<String>> clientNames(long therapistId) {
        Map<Long, List<String>> out = new LinkedHashMap<>();
        for (CareCase c : cases.findCaseload(therapistId)) {
            out.put(c.getId(), c.getClients().stream().map(Account::getDisplayName).toList());
        }
        return out;
    }
}
