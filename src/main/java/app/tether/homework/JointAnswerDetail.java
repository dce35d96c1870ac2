package app.tether.homework;

import app.tether.programme.FieldSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A joint exercise as one partner sees it (decision 033): {@code summary} is their own copy;
 * {@code current} the shared answer, {@code authorship} who wrote which part of it, prompt by prompt;
 * {@code versions} every save, oldest first; {@code myNotes} the signed-in partner's private notes
 * (never the other's). {@code submissions} are the sends, latest first; {@code comments} the
 * therapist's comments on either partner's copy.
 */
public record JointAnswerDetail(AssignmentSummary summary, String instructions, String note, List<FieldSpec> fields,
                                String partnerName, JointText current, Map<String, List<AuthoredPart>> authorship,
                                List<JointVersionRecord> versions, String myNotes, long notesVersion,
                                Instant notesSavedAt, List<SubmissionRecord> submissions,
                                List<ReviewCommentRecord> comments, LocalDate caseClosedOn) {

    public JointAnswerDetail {
        fields = List.copyOf(fields);
        authorship = Map.copyOf(authorship);
        versions = List.copyOf(versions);
        submissions = List.copyOf(submissions);
        comments = List.copyOf(comments);
    }

    public boolean caseClosed() {
        return caseClosedOn != null;
    }

    public boolean revisable() {
        return summary.status() == AssignmentStatus.OPEN || summary.status() == AssignmentStatus.SUBMITTED;
    }

    /** The current shared text has been sent as it stands. */
    public boolean currentSent() {
        return !versions.isEmpty() && versions.getLast().sentNumber() != null;
    }
}
