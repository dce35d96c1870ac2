package app.tether.exceptionlog;

import app.tether.caseload.CaseAccessPolicy;
import app.tether.caseload.CaseIndicator;
import app.tether.caseload.CaseIndicatorSource;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Unreviewed exceptions per caseload card, in one query. */
@Component
@Transactional(readOnly = true)
class ExceptionIndicators implements CaseIndicatorSource {

    private final ExceptionLogRepository entries;
    private final CaseAccessPolicy access;

    ExceptionIndicators(ExceptionLogRepository entries, CaseAccessPolicy access) {
        this.entries = entries;
        this.access = access;
    }

    @Override
    public Map<Long, List<CaseIndicator>> indicators(Collection<Long> caseIds) {
        Set<Long> mine = access.treatedByCurrentTherapist(caseIds);
        if (mine.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CaseIndicator>> result = new HashMap<>();
        for (Object[] r : entries.unreviewedByCase(mine)) {
            result.put((Long) r[0], List.of(new CaseIndicator("caseload.exceptions.new", ((Number) r[1]).longValue(),
                    "exceptions")));
        }
        return result;
    }
}
