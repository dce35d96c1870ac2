package app.tether.home;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ThresholdsRepository extends JpaRepository<Thresholds, Long> {

    @Query("select t from Thresholds t where t.therapistId = :therapistId")
    Optional<Thresholds> findByTherapist(long therapistId);
}
