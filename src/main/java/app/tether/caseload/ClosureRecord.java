package app.tether.caseload;

import java.time.LocalDate;

/** A closing ({@code closed} true) or reopening of a case, for its history. */
public record ClosureRecord(boolean closed, LocalDate on, String reason, String by) {
}
