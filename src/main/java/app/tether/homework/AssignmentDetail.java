package app.tether.homework;

import app.tether.caseload.Lens;
import app.tether.exceptionlog.MomentRef;
import app.tether.programme.FieldSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything needed to answer or review one assignment. {@code draftVersion} guards draft saves
 * (two tabs), {@code summary.version()} guards submit and review (double clicks).
 * {@code pickOptions} holds, per PICK prompt, the client's own earlier entries to choose from.
 * {@code comments} are the therapist's review comments in the order written; {@code reviewComment}
 * is all of them as one text. {@code caseClosedOn} is set when the case is closed (read-only).
 * {@code moments} are the logged moments a MOMENTS prompt can show, by entry id: for the client the
 * ones they may pick (their {@code pickOptions} are these ids, significant first); for the therapist
 * the ones the submissions link. A linked id missing here is a moment no longer in the log.
 * {@code olderMomentsLeftOut}: the client's log holds older moments than those offered (only the
 * newest, the marked and the already picked are), so the page can say the list is not the whole log.
 * {@code lens} is the case's current lens (null until enrolled) and {@code lensFields} its optional
 * prompts for this exercise's stage, answered beside the exercise's own (decision record 032); answers
 * given under an earlier lens stay in their submission under their own keys (see {@link LensAnswers}).
 */
public record AssignmentDetail(AssignmentSummary summary, String instructions, String note, List<FieldSpec> fields,
                               Answers draft, long draftVersion, Instant draftSavedAt,
                               List<SubmissionRecord> submissions, String reviewComment,
                               Map<String, List<String>> pickOptions, List<ReviewCommentRecord> comments,
                               LocalDate caseClosedOn, Map<Long, MomentRef> moments,
                               boolean olderMomentsLeftOut, Lens lens, List<FieldSpec> lensFields) {

    public AssignmentDetail {
        lensFields = lensFields == null ? List.of() : List.copyOf(lensFields);
        comments = comments == null ? List.of() : List.copyOf(comments);
        moments = moments == null ? Map.of() : Map.copyOf(moments);
    }

    /** The same detail with these review comments (a joint answer's are on both partners' copies). */
    public AssignmentDetail withComments(List<ReviewCommentRecord> all) {
        return new AssignmentDetail(summary, instructions, note, fields, draft, draftVersion, draftSavedAt, submissions,
                all.isEmpty() ? null : String.join("\n\n", all.stream().map(ReviewCommentRecord::body).toList()),
                pickOptions, all, caseClosedOn, moments, olderMomentsLeftOut, lens, lensFields);
    }

    public boolean caseClosed() {
        return caseClosedOn != null;
    }

    public boolean revisable() {
        return summary.status() == AssignmentStatus.OPEN || summary.status() == AssignmentStatus.SUBMITTED;
    }
}
