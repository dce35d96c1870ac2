package app.tether.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByRole(Role role);

    List<Account> findAllByOrderByRoleAscDisplayNameAsc();

    List<Account> findByRoleAndActiveTrueOrderByDisplayNameAsc(Role role);

    /**
     * {@code pattern} is a LIKE pattern escaped with ! (a backslash depends on the SQL mode); the
     * columns' collation ignores case and accents.
     */
    @Query("select a from Account a where a.displayName like :pattern escape '!' or a.username like :pattern"
            + " escape '!' or a.contactEmail like :pattern escape '!' order by a.role, a.displayName")
    List<Account> search(@Param("pattern") String pattern);

    /** Swaps one hash for another, only if the stored one is still the expected one; 1 if it did. */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("update Account a set a.passwordHash = :fresh, a.version = a.version + 1"
            + " where a.id = :id and a.passwordHash = :expected")
    int replaceHash(@Param("id") long id, @Param("expected") String expected, @Param("fresh") String fresh);
}
