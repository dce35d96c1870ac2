package app.tether.scales;

import app.tether.base.ValidationProblem;

/**
 * The two optional follow-ups of a rating, from the scaling questions: what keeps it from being
 * lower ({@code notLower}) and what one point higher would look like, its first small sign
 * ({@code oneHigher}). Blank answers become null; text is kept as written apart from the
 * surrounding spaces.
 */
public record ScaleFollowUp(String notLower, String oneHigher) {

    /** No follow-ups. */
    public static final ScaleFollowUp NONE = new ScaleFollowUp(null, null);

    public ScaleFollowUp {
        notLower = clean(notLower);
        oneHigher = clean(oneHigher);
    }

    /** {@code followUp}, or {@link #NONE} for null. */
    public static ScaleFollowUp orNone(ScaleFollowUp followUp) {
        return followUp == null ? NONE : followUp;
    }

    public boolean isEmpty() {
        return notLower == null && oneHigher == null;
    }

    /**
     * Adds a problem per answer longer than {@link ScaleService#FOLLOW_UP_MAX}, on the fields
     * {@code notLower} and {@code oneHigher} followed by {@code suffix} (e.g. "-12" for a partner).
     */
    public void check(ValidationProblem.Collector problems, String suffix) {
        if (notLower != null && notLower.length() > ScaleService.FOLLOW_UP_MAX) {
            problems.add("notLower" + suffix, "validation.text.tooLong", ScaleService.FOLLOW_UP_MAX, notLower.length());
        }
        if (oneHigher != null && oneHigher.length() > ScaleService.FOLLOW_UP_MAX) {
            problems.add("oneHigher" + suffix, "validation.text.tooLong", ScaleService.FOLLOW_UP_MAX,
                    oneHigher.length());
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
