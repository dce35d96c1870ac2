package app.tether.home;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A therapist's thresholds and acknowledgements, read together in one statement. */
@Component
@Transactional(readOnly = true)
class AttentionState {

    /** One acknowledged reason of a case: its kind and partner (null: the whole case). */
    record AckKey(AttentionKind kind, Long clientId) {
    }

    record State(AttentionSettings settings, Map<Long, Map<AckKey, Instant>> acknowledged) {
    }

    private static final String SQL = """
            SELECT 'S' AS k, NULL AS c, NULL AS kind, NULL AS p, NULL AS t, s.rating_drop_points AS a, s.rating_drop_days AS b,
                   s.review_wait_days AS r, s.overdue_days AS o, s.no_session_days AS ns, s.no_moment_days AS nm
              FROM attention_settings s WHERE s.therapist_id = :therapistId
            UNION ALL
            SELECT 'A', a.case_id, a.kind, a.client_id, a.acknowledged_at, NULL, NULL, NULL, NULL, NULL, NULL
              FROM attention_acknowledgement a WHERE a.therapist_id = :therapistId
            """;

    private final EntityManager em;

    AttentionState(EntityManager em) {
        this.em = em;
    }

    State of(long therapistId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).unwrap(NativeQuery.class)
                .addScalar("k", StandardBasicTypes.STRING)
                .addScalar("c", StandardBasicTypes.LONG)
                .addScalar("kind", StandardBasicTypes.STRING)
                .addScalar("p", StandardBasicTypes.LONG)
                .addScalar("t", StandardBasicTypes.INSTANT)
                .addScalar("a", StandardBasicTypes.INTEGER)
                .addScalar("b", StandardBasicTypes.INTEGER)
                .addScalar("r", StandardBasicTypes.INTEGER)
                .addScalar("o", StandardBasicTypes.INTEGER)
                .addScalar("ns", StandardBasicTypes.INTEGER)
                .addScalar("nm", StandardBasicTypes.INTEGER)
                .setParameter("therapistId", therapistId)
                .getResultList();
        AttentionSettings settings = AttentionSettings.DEFAULTS;
        Map<Long, Map<AckKey, Instant>> acks = new HashMap<>();
        for (Object[] r : rows) {
            if ("S".equals(r[0])) {
                settings = new AttentionSettings((Integer) r[5], (Integer) r[6], (Integer) r[7], (Integer) r[8],
                        (Integer) r[9], (Integer) r[10]);
            } else {
                Long client = (Long) r[3];
                acks.computeIfAbsent((Long) r[1], k -> new HashMap<>())
                        .put(new AckKey(AttentionKind.valueOf((String) r[2]), client == 0 ? null : client), (Instant) r[4]);
            }
        }
        return new State(settings, acks);
    }
}
