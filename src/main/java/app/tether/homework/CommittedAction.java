package app.tether.homework;

/** One action a client committed to for a week, with what they meant to try, learn and notice (decision 034). */
public record CommittedAction(String action, String tryText, String hopeToLearn, String knowLearned) {
}
