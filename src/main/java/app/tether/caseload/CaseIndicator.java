package app.tether.caseload;

/**
 * A small item shown on a caseload card by another module: a count (homework to review) or a
 * value with a tiny chart ({@code svg}, e.g. the latest scale rating and its sparkline), or a
 * moment ({@code at}, e.g. the next appointment).
 */
public record CaseIndicator(String messageKey, long count, String tone, String svg, java.time.LocalDateTime at) {

    public CaseIndicator(String messageKey, long count, String tone) {
        this(messageKey, count, tone, null, null);
    }

    public CaseIndicator(String messageKey, long count, String tone, String svg) {
        this(messageKey, count, tone, svg, null);
    }

    /** A moment (the next appointment): the card writes it in the screen's language. */
    public static CaseIndicator moment(String messageKey, java.time.LocalDateTime at, String tone) {
        return new CaseIndicator(messageKey, 0, tone, null, at);
    }
}
