package app.tether.exceptionlog;

import app.tether.caseload.TreatedCases;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The exception log across a caseload in one statement, for the therapist's home screen: how many
 * moments wait for the therapist per case, and when each partner's latest moment happened. Takes
 * {@link TreatedCases}, so access is already settled by the caseload.
 */
@Component
@Transactional(readOnly = true)
public class MomentOverview {

    /** {@code unreviewed} per case id; {@code latest} per case id, then client id (saved moments, not drafts). */
    public record Moments(Map<Long, Integer> unreviewed, Map<Long, Map<Long, LocalDateTime>> latest) {

        public int unreviewed(long caseId) {
            return unreviewed.getOrDefault(caseId, 0);
        }

        public LocalDateTime latest(long caseId, long clientId) {
            return latest.getOrDefault(caseId, Map.of()).get(clientId);
        }
    }

    // "Unreviewed": saved, not reviewed, not withdrawn, as the caseload counted it before the home
    // screen. A withdrawn moment no longer counts as the partner's latest. Both halves read indexes
    // added for this in V018.
    private static final String SQL = """
            SELECT 'U' AS k, e.case_id AS c, NULL AS p, COUNT(*) AS n, NULL AS t
              FROM exception_entry e
             WHERE e.case_id IN (:ids) AND e.reviewed = FALSE AND e.draft = FALSE AND e.withdrawn_at IS NULL
             GROUP BY e.case_id
            UNION ALL
            SELECT 'L', e.case_id, e.client_id, NULL, MAX(e.happened_at)
              FROM exception_entry e
             WHERE e.case_id IN (:ids) AND e.draft = FALSE AND e.withdrawn_at IS NULL
             GROUP BY e.case_id, e.client_id
            """;

    private final EntityManager em;

    MomentOverview(EntityManager em) {
        this.em = em;
    }

    public Moments forCases(TreatedCases cases) {
        if (cases.isEmpty()) {
            return new Moments(Map.of(), Map.of());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).unwrap(NativeQuery.class)
                .addScalar("k", StandardBasicTypes.STRING)
                .addScalar("c", StandardBasicTypes.LONG)
                .addScalar("p", StandardBasicTypes.LONG)
                .addScalar("n", StandardBasicTypes.INTEGER)
                .addScalar("t", StandardBasicTypes.LOCAL_DATE_TIME)
                .setParameter("ids", cases.ids())
                .getResultList();
        Map<Long, Integer> unreviewed = new HashMap<>();
        Map<Long, Map<Long, LocalDateTime>> latest = new HashMap<>();
        for (Object[] r : rows) {
            if ("U".equals(r[0])) {
                unreviewed.put((Long) r[1], (Integer) r[3]);
            } else {
                latest.computeIfAbsent((Long) r[1], k -> new HashMap<>()).put((Long) r[2], (LocalDateTime) r[4]);
            }
        }
        return new Moments(unreviewed, latest);
    }
}
