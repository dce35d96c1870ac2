package app.tether.homework;

import app.tether.exceptionlog.MomentRef;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Turns assignments into the records the views show. */
final class HomeworkMapper {

    private HomeworkMapper() {
    }

    static AssignmentSummary summary(Assignment a, String partnerName, LocalDate today) {
        boolean overdue = a.getStatus() == AssignmentStatus.OPEN && a.getDueOn() != null && a.getDueOn().isBefore(today);
        return new AssignmentSummary(a.getId(), a.getCaseId(), a.getClient().getId(), a.getClient().getDisplayName(),
                a.getExerciseCode(), a.isBuiltin(), a.getStage(), a.getTitle(), a.getRecurrence(), partnerName,
                a.getDueOn(), a.getStatus(), overdue, a.getSubmittedAt(), a.getReviewedAt(), a.getVersion(),
                a.isJoint() ? a.getPairKey() : null);
    }

    /** The entry ids the MOMENTS prompts of these answers link. */
    static java.util.Set<Long> linkedMomentIds(List<app.tether.programme.FieldSpec> fields, List<Answers> answers) {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        for (var f : fields) {
            if (f.kind() != app.tether.programme.FieldKind.MOMENTS) {
                continue;
            }
            for (Answers a : answers) {
                for (String v : a.filled(f.key())) {
                    if (v.matches("\\d{1,18}")) {
                        ids.add(Long.valueOf(v));
                    }
                }
            }
        }
        return ids;
    }

    static MomentRef moment(app.tether.exceptionlog.EntryView e) {
        return new MomentRef(e.id(), e.clientId(), e.clientName(), e.happenedAt(), e.summary(MomentRef.SUMMARY_CHARS),
                e.significant(), e.significantByTherapist(), e.withdrawn());
    }

    static List<ReviewCommentRecord> comments(Assignment a) {
        return a.getReviewComments().stream().map(HomeworkMapper::comment).toList();
    }

    static ReviewCommentRecord comment(ReviewComment c) {
        return new ReviewCommentRecord(c.getId(), c.getBody(), c.getWrittenAt(), c.getEditedAt(), c.getReadAt(),
                c.getVersion());
    }

    static AssignmentDetail detail(Assignment a, String partnerName, LocalDate today, AnswerSet draft,
                                   List<AnswerSet> submissions, Map<String, List<String>> pickOptions,
                                   LocalDate caseClosedOn, Map<Long, MomentRef> moments,
                                   boolean olderMomentsLeftOut, app.tether.caseload.Lens lens) {
        return new AssignmentDetail(summary(a, partnerName, today), a.getInstructions(), a.getNote(), a.fieldSpecs(),
                draft == null ? Answers.empty() : draft.answers(), draft == null ? -1 : draft.getVersion(),
                draft == null ? null : draft.getSavedAt(),
                submissions.stream().map(s -> new SubmissionRecord(s.getNumber(), s.getSavedAt(), s.answers())).toList(),
                a.getReviewComment(), pickOptions, comments(a), caseClosedOn, moments,
                olderMomentsLeftOut, lens, LensAnswers.fields(lens, a.getStage()));
    }
}
