package app.tether.homework;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JointVersionRepository extends JpaRepository<JointVersion, Long> {

    /** Every save of a shared answer, oldest first, with its author. */
    @EntityGraph(attributePaths = "author")
    @Query("select v from JointVersion v where v.jointAnswer.id = :jointAnswerId order by v.number")
    List<JointVersion> history(long jointAnswerId);
}
