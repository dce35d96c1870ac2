package app.tether.programme;

/** How a client answers one prompt of an exercise. Every answer is stored as a list of strings. */
public enum FieldKind {
    /** One free text. Required when minItems is 1. */
    TEXT,
    /** A list of short entries, between minItems and maxItems. */
    LIST,
    /** Like LIST, but the order is the answer (most important first). */
    RANKED,
    /** One whole number from 1 to 10. */
    RATING,
    /** A choice of minItems to maxItems entries from the client's own earlier answers (see source). */
    PICK,
    /** One observation per day for maxItems days. */
    DAYS
}
