package app.tether.scales;

import java.time.LocalDate;
import java.util.List;

/**
 * A case's scale for the therapist: per-person figures, every rating (oldest first), stage
 * changes to mark, and the target band (null when none is set).
 */
public record CaseScale(long caseId, LocalDate from, LocalDate to, List<PersonTrend> people, List<RatingRow> ratings,
                        List<StageMark> stageChanges, Integer targetLow, Integer targetHigh) {
}
