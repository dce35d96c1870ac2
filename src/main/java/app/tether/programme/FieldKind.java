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
    DAYS,
    /**
     * A choice of minItems to maxItems moments from the client's own exception log (their own and
     * those shared with them). Values are entry ids: the answer links the moments, it never copies them.
     */
    MOMENTS,
    /**
     * One text per moment picked in the MOMENTS prompt named by source, in the same order; required
     * for every picked moment when minItems is 1.
     */
    PER_MOMENT,
    /**
     * A letter (decision record 035): up to three entries, in order an optional salutation ("Dear …"), the
     * body (required when minItems is 1; paragraphs split by blank lines, plain text, at most maxLength
     * characters), and an optional closing. Trailing empty entries are dropped, as everywhere.
     */
    LETTER
}
