package app.tether.caseload;

/** The five lenses through which a case works the programme (see DOMAIN.md). */
public enum Lens {
    IDENTITY_MIGRATION,
    NARRATIVE,
    RELATIONSHIP_IMAGES,
    CONNECTION,
    THERAPEUTIC_LETTERS;

    /** Message key of the lens name. */
    public String labelKey() {
        return "lens." + name();
    }

    /** Message key of the lens's one-line description, shown where a lens is chosen. */
    public String descriptionKey() {
        return "lens." + name() + ".desc";
    }
}
