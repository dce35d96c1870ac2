package app.tether.homework;

import app.tether.caseload.CaseIndicator;
import app.tether.caseload.CaseIndicatorSource;
import app.tether.caseload.TreatedCases;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Homework counts on the caseload cards: open, overdue, awaiting review, in one query. */
@Component
@Transactional(readOnly = true)
class HomeworkIndicators implements CaseIndicatorSource {

    private final AssignmentRepository assignments;
    private final Clock clock;

    HomeworkIndicators(AssignmentRepository assignments, Clock clock) {
        this.assignments = assignments;
        this.clock = clock;
    }

    @Override
    public Map<Long, List<CaseIndicator>> indicators(TreatedCases cases) {
        if (cases.isEmpty()) {
            return Map.of();
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : assignments.liveStatusByCase(cases.ids())) {
            long[] c = counts.computeIfAbsent((Long) row[0], k -> new long[3]);
            AssignmentStatus status = (AssignmentStatus) row[1];
            LocalDate due = (LocalDate) row[2];
            if (status == AssignmentStatus.SUBMITTED) {
                c[2]++;
            } else if (due != null && due.isBefore(today)) {
                c[1]++;
            } else {
                c[0]++;
            }
        }
        Map<Long, List<CaseIndicator>> result = new HashMap<>();
        counts.forEach((id, c) -> {
            List<CaseIndicator> list = new ArrayList<>();
            if (c[2] > 0) {
                list.add(new CaseIndicator("caseload.hw.review", c[2], "review"));
            }
            if (c[1] > 0) {
                list.add(new CaseIndicator("caseload.hw.overdue", c[1], "overdue"));
            }
            if (c[0] > 0) {
                list.add(new CaseIndicator("caseload.hw.open", c[0], "open"));
            }
            result.put(id, List.copyOf(list));
        });
        return result;
    }
}
