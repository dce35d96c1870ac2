package app.tether.exceptionlog;

import app.tether.caseload.CaseIndicator;
import app.tether.caseload.CaseIndicatorSource;
import app.tether.caseload.TreatedCases;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Unreviewed exceptions per caseload card, in one query. */
@Component
@Transactional(readOnly = true)
class ExceptionIndicators implements CaseIndicatorSource {

    private final ExceptionLogRepository entries;

    ExceptionIndicators(ExceptionLogRepository entries) {
        this.entries = entries;
    }

    @Override
    public Map<Long, List<CaseIndicator>> indicators(TreatedCases cases) {
        if (cases.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<CaseIndicator>> result = new HashMap<>();
        for (Object[] r : entries.unreviewedByCase(cases.ids())) {
            result.put((Long) r[0], List.of(new CaseIndicator("caseload.exceptions.new", ((Number) r[1]).longValue(),
                    "exceptions")));
        }
        return result;
    }
}
