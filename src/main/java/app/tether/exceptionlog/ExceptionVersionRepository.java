package app.tether.exceptionlog;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExceptionVersionRepository extends JpaRepository<ExceptionEntryVersion, Long> {

    @Query("select v from ExceptionEntryVersion v where v.entryId = :entryId order by v.replacedAt desc, v.id desc")
    List<ExceptionEntryVersion> findByEntry(long entryId);

    boolean existsByEntryId(long entryId);

    /** Earlier versions per entry, for a page of entries in one query: entry id, count. */
    @Query("select v.entryId, count(v) from ExceptionEntryVersion v where v.entryId in :ids group by v.entryId")
    List<Object[]> countByEntry(Collection<Long> ids);
}
