package app.tether.rituals;

/**
 * An agreed ritual of a case. Its name is {@code suggestion}'s label when that is set, otherwise
 * {@code name} as typed. {@code addedByClient}: one of the partners added it. {@code stoppedOn}: the
 * day (practice time zone) the therapist stopped it; null while it is in use.
 */
public record RitualRecord(long id, long caseId, RitualSuggestion suggestion, String name, Frequency frequency,
                           String note, String addedBy, boolean addedByClient, long version,
                           java.time.LocalDate stoppedOn) {
}
