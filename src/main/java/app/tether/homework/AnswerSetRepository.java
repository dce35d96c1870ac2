package app.tether.homework;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnswerSetRepository extends JpaRepository<AnswerSet, Long> {

    @Query("select s from AnswerSet s where s.assignment.id = :assignmentId "
            + "and s.kind = app.tether.homework.AnswerSet.Kind.DRAFT")
    Optional<AnswerSet> findDraft(long assignmentId);

    /** The drafts of all the client's homework, with their assignments. */
    @Query("select s from AnswerSet s join fetch s.assignment a where a.client.id = :clientId "
            + "and s.kind = app.tether.homework.AnswerSet.Kind.DRAFT")
    List<AnswerSet> findDraftsOf(long clientId);

    @Query("select s from AnswerSet s where s.assignment.id = :assignmentId "
            + "and s.kind = app.tether.homework.AnswerSet.Kind.SUBMISSION order by s.number desc")
    List<AnswerSet> findSubmissions(long assignmentId);

    /** The client's latest submitted answers to an exercise, for PICK prompts. */
    @Query("select s from AnswerSet s join fetch s.assignment a where a.client.id = :clientId and a.exerciseCode = :code "
            + "and s.kind = app.tether.homework.AnswerSet.Kind.SUBMISSION order by s.savedAt desc, s.id desc")
    List<AnswerSet> findSubmissionsOf(long clientId, String code);

    /** Every submission of a case's homework, latest number first, with its assignment. */
    @Query("select s from AnswerSet s join fetch s.assignment a where a.caseId = :caseId "
            + "and s.kind = app.tether.homework.AnswerSet.Kind.SUBMISSION order by s.number desc, s.id desc")
    List<AnswerSet> findSubmissionsOfCase(long caseId);

    /**
     * A client's sent answers to one exercise in one case, newest first, as sent by {@code asOf} (null: any
     * time), leaving out cancelled homework; with the assignment and its client. Ask with a limit.
     */
    @Query("select s from AnswerSet s join fetch s.assignment a join fetch a.client c where a.caseId = :caseId "
            + "and c.id = :clientId and a.exerciseCode = :code "
            + "and a.status <> app.tether.homework.AssignmentStatus.CANCELLED "
            + "and s.kind = app.tether.homework.AnswerSet.Kind.SUBMISSION "
            + "and (:asOf is null or s.savedAt <= :asOf) order by s.savedAt desc, s.id desc")
    List<AnswerSet> findLatestSent(long caseId, long clientId, String code, java.time.Instant asOf,
                                   org.springframework.data.domain.Limit limit);
}
