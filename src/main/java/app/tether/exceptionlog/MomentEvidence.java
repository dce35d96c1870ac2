package app.tether.exceptionlog;

import app.tether.base.PracticeTime;
import app.tether.base.Translator;
import app.tether.caseload.ClientRef;
import app.tether.caseload.SignEvidence;
import app.tether.caseload.Stage;
import app.tether.caseload.StageEvidenceSource;
import app.tether.caseload.StageSign;
import app.tether.caseload.TreatedCases;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log's figures beside a stage's signs: whether the log is running (stage 2) and how much
 * there is to find patterns in (stage 4). One statement, only on those stages.
 */
@Component
@Transactional(readOnly = true)
class MomentEvidence implements StageEvidenceSource {

    /** Saved moments, not withdrawn: all of them, those of the past week, those marked significant. */
    private static final String SQL = """
            SELECT COUNT(*) AS n,
                   COALESCE(SUM(CASE WHEN e.happened_at >= :since THEN 1 ELSE 0 END), 0) AS w,
                   COALESCE(SUM(CASE WHEN e.significant THEN 1 ELSE 0 END), 0) AS s
              FROM exception_entry e
             WHERE e.case_id IN (:ids) AND e.draft = FALSE AND e.withdrawn_at IS NULL
            """;

    private final EntityManager em;
    private final PracticeTime time;
    private final Translator translator;

    MomentEvidence(EntityManager em, PracticeTime time, Translator translator) {
        this.em = em;
        this.time = time;
        this.translator = translator;
    }

    @Override
    public List<SignEvidence> evidence(TreatedCases theCase, Stage stage, List<ClientRef> clients) {
        if (theCase.isEmpty() || (stage != Stage.RESOURCE_IDENTIFICATION && stage != Stage.EXCEPTION_AMPLIFICATION)) {
            return List.of();
        }
        Object[] r = (Object[]) em.createNativeQuery(SQL).unwrap(NativeQuery.class)
                .addScalar("n", StandardBasicTypes.LONG)
                .addScalar("w", StandardBasicTypes.LONG)
                .addScalar("s", StandardBasicTypes.LONG)
                .setParameter("ids", theCase.ids())
                .setParameter("since", time.now().minusDays(7))
                .getSingleResult();
        long all = (Long) r[0];
        return stage == Stage.RESOURCE_IDENTIFICATION
                ? List.of(new SignEvidence(StageSign.LOG_RUNNING,
                        translator.onScreen("case.sign.evidence.moments.week", all, (Long) r[1])))
                : List.of(new SignEvidence(StageSign.PATTERNS_CLEAR,
                        translator.onScreen("case.sign.evidence.moments.significant", all, (Long) r[2])));
    }
}
