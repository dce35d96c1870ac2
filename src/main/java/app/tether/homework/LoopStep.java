package app.tether.homework;

/**
 * One action in a week of the loop: what was committed (empty when the week's Commitment did not name
 * it) and what the Feedback Loop said happened, was learned and will be adjusted (empty when not sent yet).
 */
public record LoopStep(String action, String tryText, String hopeToLearn, String happened, String learned,
                       String adjust) {

    public boolean reviewed() {
        return !happened.isBlank() || !learned.isBlank() || !adjust.isBlank();
    }
}
