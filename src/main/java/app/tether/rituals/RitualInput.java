package app.tether.rituals;

/** A new ritual: a suggestion, or a name in one's own words (then {@code suggestion} is null); how often; a note. */
public record RitualInput(RitualSuggestion suggestion, String name, Frequency frequency, String note) {
}
