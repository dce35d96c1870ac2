package app.tether.reports;

import java.util.List;

/**
 * Everything one printed session summary shows, already in words: the reports module only lays
 * it out. Text the users typed arrives here as it is and prints literally, never as markup.
 *
 * @param notes      the therapist's session notes; null in the client copy
 * @param copyFor    who a client copy is for; null for the full record
 * @param chartSvg   the scale trend drawn by the shared SVG renderer
 * @param ratings    this session's ratings, one per line, or the words saying there are none
 * @param ratingItems the same ratings one by one with what each person said to the follow-ups;
 *                   when there are any they print in place of {@code ratings}
 * @param rituals    the case's agreed rituals with this week's counts, one per line; null when none
 * @param watchList  each person's watch list as it stood at the session (decision record 035), already in
 *                   words; null when nobody has one
 */
public record SessionSummary(String practiceName, String title, String copyFor, String caseTitle,
                             String therapistName, String sessionLine, String lens, String stage,
                             String programmeDay, String attended, String ratings, List<RatingItem> ratingItems,
                             String chartSvg, boolean hasRatings, String exceptionsHeading,
                             List<ExceptionItem> exceptions, List<HomeworkItem> homework, String notes,
                             List<HomeworkItem> nextHomework, String footer, String rituals, String watchList) {

    public SessionSummary {
        ratingItems = List.copyOf(ratingItems);
        exceptions = List.copyOf(exceptions);
        homework = List.copyOf(homework);
        nextHomework = List.copyOf(nextHomework);
    }

    /** A summary without watch lists. */
    public SessionSummary(String practiceName, String title, String copyFor, String caseTitle,
                          String therapistName, String sessionLine, String lens, String stage,
                          String programmeDay, String attended, String ratings, List<RatingItem> ratingItems,
                          String chartSvg, boolean hasRatings, String exceptionsHeading,
                          List<ExceptionItem> exceptions, List<HomeworkItem> homework, String notes,
                          List<HomeworkItem> nextHomework, String footer, String rituals) {
        this(practiceName, title, copyFor, caseTitle, therapistName, sessionLine, lens, stage, programmeDay, attended,
                ratings, ratingItems, chartSvg, hasRatings, exceptionsHeading, exceptions, homework, notes, nextHomework,
                footer, rituals, null);
    }

    /** A summary without agreed rituals. */
    public SessionSummary(String practiceName, String title, String copyFor, String caseTitle,
                          String therapistName, String sessionLine, String lens, String stage,
                          String programmeDay, String attended, String ratings, List<RatingItem> ratingItems,
                          String chartSvg, boolean hasRatings, String exceptionsHeading,
                          List<ExceptionItem> exceptions, List<HomeworkItem> homework, String notes,
                          List<HomeworkItem> nextHomework, String footer) {
        this(practiceName, title, copyFor, caseTitle, therapistName, sessionLine, lens, stage, programmeDay, attended,
                ratings, ratingItems, chartSvg, hasRatings, exceptionsHeading, exceptions, homework, notes, nextHomework,
                footer, null, null);
    }

    /** A summary whose ratings have no follow-ups: they print from {@code ratings} alone. */
    public SessionSummary(String practiceName, String title, String copyFor, String caseTitle,
                          String therapistName, String sessionLine, String lens, String stage,
                          String programmeDay, String attended, String ratings, String chartSvg,
                          boolean hasRatings, String exceptionsHeading, List<ExceptionItem> exceptions,
                          List<HomeworkItem> homework, String notes, List<HomeworkItem> nextHomework,
                          String footer) {
        this(practiceName, title, copyFor, caseTitle, therapistName, sessionLine, lens, stage, programmeDay, attended,
                ratings, List.of(), chartSvg, hasRatings, exceptionsHeading, exceptions, homework, notes, nextHomework,
                footer, null, null);
    }

    /**
     * One person's in-session rating ("Zhou Ting: 5 / 10") with what they said: what keeps it from
     * being lower and what one point higher would look like (either may be null).
     */
    public record RatingItem(String rating, String notLower, String oneHigher) {
    }

    /**
     * One exception-log entry with its five prompts (any may be null). {@code meaningLabel} is the last
     * prompt's label as the client's form words it ("tells me", or "tells us" in couple work).
     */
    public record ExceptionItem(String when, String who, boolean significant, String tags, String context,
                                String behaviour, String thoughts, String emotions, String meaning,
                                String meaningLabel) {
    }

    /**
     * One row of a homework table; {@code answers} holds the shortened key answers, one per line;
     * {@code comments}, the therapist's review comments, print under the row.
     */
    public record HomeworkItem(String title, String who, String status, String due, String answers,
                               List<Comment> comments) {

        public HomeworkItem {
            comments = List.copyOf(comments);
        }
    }

    /** A review comment: who wrote it and when, in words, and what they wrote. */
    public record Comment(String byline, String text) {
    }
}
