package app.tether.scales;

import app.tether.caseload.TreatedCases;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each partner's scale across a caseload in one statement, for the therapist's home screen: weekly
 * averages for the last 8 weeks (the database averages, so two years of daily ratings stay there),
 * the latest rating, and where the partner stood {@code dropDays} ago. Partners are never averaged
 * together. Takes {@link TreatedCases}, so access is already settled by the caseload.
 */
@Component
@Transactional(readOnly = true)
public class ScaleOverview {

    public static final int WEEKS = 8;

    /**
     * One partner of one case. {@code weekly} holds {@link #WEEKS} values, oldest first, null for a week
     * without a rating; the last week is the 7 days ending today. {@code reference} is the rating on the
     * last day with one at or before {@code today - dropDays}, or failing that the first one after it.
     */
    public record PartnerScale(long caseId, long clientId, Integer latest, LocalDate latestOn, Instant latestRecordedAt,
                               List<Double> weekly, Integer reference, LocalDate referenceOn) {
    }

    // k: W = week average (n weeks ago), L = latest day, R = last day at or before the reference day
    // (but not more than another window before it: a fall is measured against a recent rating, never one
    // from months ago), F = first day after it. L, R and F join back to the rows of that day; Java keeps the last recorded.
    // MAX/MIN per (case, client) read the unique (case_id, client_id, rated_on, …) index.
    private static final String SQL = """
            SELECT 'W' AS k, r.case_id AS c, r.client_id AS p, FLOOR(DATEDIFF(:today, r.rated_on) / 7) AS n,
                   AVG(r.value) AS v, NULL AS d, NULL AS t
              FROM scale_rating r
             WHERE r.case_id IN (:ids) AND r.rated_on > :weeksFrom AND r.rated_on <= :today
             GROUP BY r.case_id, r.client_id, FLOOR(DATEDIFF(:today, r.rated_on) / 7)
            UNION ALL
            SELECT 'L', r.case_id, r.client_id, NULL, r.value, r.rated_on, COALESCE(r.updated_at, r.created_at)
              FROM scale_rating r
              JOIN (SELECT case_id, client_id, MAX(rated_on) AS day FROM scale_rating
                     WHERE case_id IN (:ids) AND rated_on <= :today GROUP BY case_id, client_id) m
                ON r.case_id = m.case_id AND r.client_id = m.client_id AND r.rated_on = m.day
            UNION ALL
            SELECT 'R', r.case_id, r.client_id, NULL, r.value, r.rated_on, COALESCE(r.updated_at, r.created_at)
              FROM scale_rating r
              JOIN (SELECT case_id, client_id, MAX(rated_on) AS day FROM scale_rating
                     WHERE case_id IN (:ids) AND rated_on <= :refDay AND rated_on > :refFloor
                     GROUP BY case_id, client_id) m
                ON r.case_id = m.case_id AND r.client_id = m.client_id AND r.rated_on = m.day
            UNION ALL
            SELECT 'F', r.case_id, r.client_id, NULL, r.value, r.rated_on, COALESCE(r.updated_at, r.created_at)
              FROM scale_rating r
              JOIN (SELECT case_id, client_id, MIN(rated_on) AS day FROM scale_rating
                     WHERE case_id IN (:ids) AND rated_on > :refDay AND rated_on <= :today
                     GROUP BY case_id, client_id) m
                ON r.case_id = m.case_id AND r.client_id = m.client_id AND r.rated_on = m.day
            """;

    private final EntityManager em;

    ScaleOverview(EntityManager em) {
        this.em = em;
    }

    /** Every partner with at least one rating, in these cases. */
    public List<PartnerScale> forCases(TreatedCases cases, LocalDate today, int dropDays) {
        if (cases.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SQL).unwrap(NativeQuery.class)
                .addScalar("k", StandardBasicTypes.STRING)
                .addScalar("c", StandardBasicTypes.LONG)
                .addScalar("p", StandardBasicTypes.LONG)
                .addScalar("n", StandardBasicTypes.INTEGER)
                .addScalar("v", StandardBasicTypes.DOUBLE)
                .addScalar("d", StandardBasicTypes.LOCAL_DATE)
                .addScalar("t", StandardBasicTypes.INSTANT)
                .setParameter("ids", cases.ids())
                .setParameter("today", today)
                .setParameter("weeksFrom", today.minusDays(7L * WEEKS))
                .setParameter("refDay", today.minusDays(dropDays))
                .setParameter("refFloor", today.minusDays(2L * dropDays))
                .getResultList();
        Map<List<Long>, Builder> partners = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Builder b = partners.computeIfAbsent(List.of((Long) r[1], (Long) r[2]), k -> new Builder());
            double v = (Double) r[4];
            switch ((String) r[0]) {
                case "W" -> {
                    int weeksAgo = (Integer) r[3];
                    if (weeksAgo >= 0 && weeksAgo < WEEKS) {
                        b.weekly[WEEKS - 1 - weeksAgo] = Math.round(v * 10) / 10.0;
                    }
                }
                case "L" -> b.latest = later(b.latest, r);
                case "R" -> b.reference = later(b.reference, r);
                default -> b.first = later(b.first, r);
            }
        }
        List<PartnerScale> out = new ArrayList<>();
        partners.forEach((key, b) -> {
            Object[] ref = b.reference != null ? b.reference : b.first;
            out.add(new PartnerScale(key.get(0), key.get(1), b.latest == null ? null : value(b.latest),
                    b.latest == null ? null : (LocalDate) b.latest[5], b.latest == null ? null : (Instant) b.latest[6],
                    Arrays.asList(b.weekly), ref == null ? null : value(ref), ref == null ? null : (LocalDate) ref[5]));
        });
        return out;
    }

    private static int value(Object[] row) {
        return (int) Math.round((Double) row[4]);
    }

    /** Of two rows for the same day, the one recorded last (a day can have a home and a session rating). */
    private static Object[] later(Object[] current, Object[] candidate) {
        if (current == null) {
            return candidate;
        }
        Instant a = (Instant) current[6];
        Instant b = (Instant) candidate[6];
        return b != null && (a == null || b.isAfter(a)) ? candidate : current;
    }

    private static final class Builder {
        final Double[] weekly = new Double[WEEKS];
        Object[] latest;
        Object[] reference;
        Object[] first;
    }
}
