package app.tether.homework;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface JointAnswerRepository extends JpaRepository<JointAnswer, Long> {

    Optional<JointAnswer> findByPairKey(String pairKey);

    /**
     * Locked for a save: two partners saving at the same moment are taken one after the other, so the
     * second sees the first's save and is refused with it instead of failing at commit.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select j from JointAnswer j where j.pairKey = :pairKey")
    Optional<JointAnswer> lockByPairKey(String pairKey);
}
