package app.tether.scales;

import app.tether.base.chart.SvgTrendRenderer;
import app.tether.caseload.CaseIndicator;
import app.tether.caseload.CaseIndicatorSource;
import app.tether.caseload.TreatedCases;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On each caseload card: the latest rating, an 8-week sparkline and its direction, in one query. */
@Component
@Transactional(readOnly = true)
class ScaleIndicators implements CaseIndicatorSource {

    private final ScaleRatingRepository ratings;
    private final Clock clock;

    ScaleIndicators(ScaleRatingRepository ratings, Clock clock) {
        this.ratings = ratings;
        this.clock = clock;
    }

    @Override
    public Map<Long, List<CaseIndicator>> indicators(TreatedCases cases) {
        if (cases.isEmpty()) {
            return Map.of();
        }
        LocalDate since = LocalDate.now(clock).minusWeeks(8);
        // Per case, the average of each day (partners together), oldest first.
        Map<Long, LinkedHashMap<LocalDate, int[]>> byCase = new HashMap<>();
        for (Object[] row : ratings.recentByCases(cases.ids(), since)) {
            var days = byCase.computeIfAbsent((Long) row[0], k -> new LinkedHashMap<>());
            int[] sum = days.computeIfAbsent((LocalDate) row[1], k -> new int[2]);
            sum[0] += (Integer) row[2];
            sum[1]++;
        }
        Map<Long, List<CaseIndicator>> result = new HashMap<>();
        byCase.forEach((caseId, days) -> {
            List<Integer> values = new ArrayList<>();
            days.values().forEach(s -> values.add(Math.round((float) s[0] / s[1])));
            int latest = values.getLast();
            int first = values.getFirst();
            String direction = latest > first ? "up" : latest < first ? "down" : "flat";
            String svg = SvgTrendRenderer.sparkline(values, 72, 22, "#2f6f73");
            result.put(caseId, List.of(new CaseIndicator("caseload.scale." + direction, latest, "scale", svg)));
        });
        return result;
    }
}
