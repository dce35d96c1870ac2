package app.tether.homework;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReviewCommentRepository extends JpaRepository<ReviewComment, Long> {

    /** A case's review comments written by {@code asOf}, oldest first, with their authors, for the summary. */
    @Query("select new app.tether.homework.ReviewNote(c.assignment.id, c.body, c.author.displayName, c.writtenAt) "
            + "from ReviewComment c where c.caseId = :caseId and c.writtenAt <= :asOf order by c.writtenAt, c.id")
    List<ReviewNote> notesOf(long caseId, Instant asOf);
}
