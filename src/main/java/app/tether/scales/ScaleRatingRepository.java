package app.tether.scales;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ScaleRatingRepository extends JpaRepository<ScaleRating, Long> {

    @Query("select r from ScaleRating r where r.caseId = :caseId order by r.ratedOn, r.id")
    List<ScaleRating> findByCase(long caseId);

    @Query("select r from ScaleRating r where r.caseId = :caseId and r.clientId = :clientId order by r.ratedOn, r.id")
    List<ScaleRating> findByCaseAndClient(long caseId, long clientId);

    @Query("select r from ScaleRating r where r.caseId = :caseId and r.clientId = :clientId and r.ratedOn = :day "
            + "and r.source = :source")
    Optional<ScaleRating> findOne(long caseId, long clientId, LocalDate day, RatingSource source);

    @Query("select r from ScaleRating r where r.caseId = :caseId and r.sessionId = :sessionId")
    List<ScaleRating> findBySession(long caseId, long sessionId);
}
