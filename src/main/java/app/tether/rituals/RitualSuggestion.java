package app.tether.rituals;

/**
 * The short list of rituals the case studies use, offered when a ritual is named. Stored by name,
 * so each person reads it in their own language; anything else is kept in the words typed.
 */
public enum RitualSuggestion {
    CHECK_IN(Frequency.WEEKLY), KIND_GESTURE(Frequency.DAILY), SECURITY_MESSAGE(Frequency.DAILY);

    private final Frequency usual;

    RitualSuggestion(Frequency usual) {
        this.usual = usual;
    }

    /** How often this ritual usually happens, proposed when it is picked. */
    public Frequency usual() {
        return usual;
    }

    public String labelKey() {
        return "ritual.suggestion." + name();
    }
}
