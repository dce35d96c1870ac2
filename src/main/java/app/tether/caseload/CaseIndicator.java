package app.tether.caseload;

/**
 * A small item shown on a caseload card by another module: a count (homework to review) or a
 * value with a tiny chart ({@code svg}, e.g. the latest scale rating and its sparkline).
 */
public record CaseIndicator(String messageKey, long count, String tone, String svg) {

    public CaseIndicator(String messageKey, long count, String tone) {
        this(messageKey, count, tone, null);
    }
}
