package app.tether.caseload;

import java.time.Instant;
import java.time.LocalDate;

/** One readiness assessment as the case's history shows it; {@code note} may be null. */
public record ReadinessRecord(long id, boolean ready, LocalDate assessedOn, String note, String recordedBy,
                              Instant recordedAt) {
}
