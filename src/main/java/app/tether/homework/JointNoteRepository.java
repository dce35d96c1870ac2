package app.tether.homework;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JointNoteRepository extends JpaRepository<JointNote, Long> {

    /** Only ever asked for with the signed-in client's own id (see JointAnswerService). */
    @Query("select n from JointNote n where n.jointAnswerId = :jointAnswerId and n.client.id = :clientId")
    Optional<JointNote> of(long jointAnswerId, long clientId);
}
