package app.tether.rituals;

/**
 * An agreed ritual of a case. Its name is {@code suggestion}'s label when that is set, otherwise
 * {@code name} as typed. {@code addedByClient}: one of the partners added it.
 */
public record RitualRecord(long id, long caseId, RitualSuggestion suggestion, String name, Frequency frequency,
                           String note, String addedBy, boolean addedByClient, long version) {
}
