package app.tether.rituals;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RitualRepository extends JpaRepository<Ritual, Long> {

    List<Ritual> findByCaseIdOrderByCreatedAtAscIdAsc(long caseId);

    List<Ritual> findByCaseIdInAndEndedAtIsNullOrderByCreatedAtAscIdAsc(Collection<Long> caseIds);
}
