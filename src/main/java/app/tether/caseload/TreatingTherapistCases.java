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
 * feed's token, or an event after commit). Views never use it; it tells no client anything.
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

    /**
     * The active therapists treating a case (today one at most), for telling their open screens
     * that it changed. Needs no signed-in user: the caller acts for the system, not for a person.
     */
    public List<Long> therapistsOf(long caseId) {
        return cases.findActiveTherapistIds(caseId);
    }
}
