package app.tether.caseload;

import java.time.Instant;

/** A period of treatment: who, from when, until when (null while current), assigned by whom. */
public record TherapistAssignmentRecord(long therapistId, Instant assignedAt, Instant endedAt, Long assignedBy) {
}
