package app.tether.letters;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LetterRepository extends JpaRepository<Letter, Long> {

    /** A case's letters, newest first (drafts by when they were started). */
    @Query("select l from Letter l where l.caseId = :caseId order by coalesce(l.sentAt, l.createdAt) desc, l.id desc")
    List<Letter> findByCase(long caseId);

    /** Sent letters addressed to one client, newest first. */
    @Query("select l from Letter l join l.recipients r where r = :clientId and l.sentAt is not null "
            + "order by l.sentAt desc, l.id desc")
    List<Letter> findSentTo(long clientId);
}
