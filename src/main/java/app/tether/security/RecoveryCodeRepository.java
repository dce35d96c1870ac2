package app.tether.security;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    Optional<RecoveryCode> findByAccountIdAndCodeHashAndUsedAtIsNull(long accountId, String codeHash);

    long countByAccountIdAndUsedAtIsNull(long accountId);

    @Modifying
    @Query("delete from RecoveryCode r where r.accountId = :accountId")
    void deleteByAccount(long accountId);
}
