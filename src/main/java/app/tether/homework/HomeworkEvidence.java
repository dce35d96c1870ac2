package app.tether.homework;

import app.tether.base.Language;
import static app.tether.programme.FrameworkExercises.COLLABORATIVE_STANCE;
import static app.tether.programme.FrameworkExercises.COMMITMENT_EXPERIMENT;
import static app.tether.programme.FrameworkExercises.COPING_LIST;
import static app.tether.programme.FrameworkExercises.EXCEPTION_DEEP_DESCRIPTION;
import static app.tether.programme.FrameworkExercises.FEEDBACK_LOOP;
import static app.tether.programme.FrameworkExercises.FUTURE_PREVENTION;
import static app.tether.programme.FrameworkExercises.HOPE_QUESTIONS;
import static app.tether.programme.FrameworkExercises.MICRO_EXPERIMENTS;
import static app.tether.programme.FrameworkExercises.MIRACLE_QUESTION;
import static app.tether.programme.FrameworkExercises.NARRATIVE_LISTENING;
import static app.tether.programme.FrameworkExercises.PATTERN_RECOGNITION;
import static app.tether.programme.FrameworkExercises.SCALE_POSITIONING;
import static app.tether.programme.FrameworkExercises.STRENGTH_EXPLORATION;

import app.tether.base.Translator;
import app.tether.caseload.ClientRef;
import app.tether.caseload.SignEvidence;
import app.tether.caseload.Stage;
import app.tether.caseload.StageEvidenceSource;
import app.tether.caseload.StageSign;
import app.tether.caseload.TreatedCases;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which partners have sent the framework exercises that speak to a stage's signs, e.g. "Miracle
 * Question: sent by both" for a future described in concrete terms. One statement per case page.
 */
@Component
@Transactional(readOnly = true)
class HomeworkEvidence implements StageEvidenceSource {

    /** The exercises whose answers bear on each sign; signs not listed have none. */
    private static final Map<StageSign, List<String>> EXERCISES = new LinkedHashMap<>();

    static {
        EXERCISES.put(StageSign.FEELS_HEARD, List.of(NARRATIVE_LISTENING, COLLABORATIVE_STANCE));
        EXERCISES.put(StageSign.SMALL_HOPE, List.of(HOPE_QUESTIONS));
        EXERCISES.put(StageSign.RESOURCES_NAMED, List.of(COPING_LIST, STRENGTH_EXPLORATION));
        EXERCISES.put(StageSign.FUTURE_DESCRIBED, List.of(MIRACLE_QUESTION));
        EXERCISES.put(StageSign.ON_THE_SCALE, List.of(SCALE_POSITIONING));
        EXERCISES.put(StageSign.PATTERNS_CLEAR, List.of(PATTERN_RECOGNITION, EXCEPTION_DEEP_DESCRIPTION));
        EXERCISES.put(StageSign.EXPERIMENT_TRIED, List.of(MICRO_EXPERIMENTS));
        EXERCISES.put(StageSign.ACTIONS_TRIED, List.of(COMMITMENT_EXPERIMENT));
        EXERCISES.put(StageSign.ADJUSTED_FROM_FEEDBACK, List.of(FEEDBACK_LOOP));
        EXERCISES.put(StageSign.PREVENTION_PLAN, List.of(FUTURE_PREVENTION));
    }

    private final EntityManager em;
    private final Translator translator;

    HomeworkEvidence(EntityManager em, Translator translator) {
        this.em = em;
        this.translator = translator;
    }

    @Override
    public List<SignEvidence> evidence(TreatedCases theCase, Stage stage, List<ClientRef> clients) {
        List<StageSign> signs = StageSign.of(stage).stream().filter(EXERCISES::containsKey).toList();
        if (signs.isEmpty() || theCase.isEmpty()) {
            return List.of();
        }
        List<String> codes = signs.stream().flatMap(s -> EXERCISES.get(s).stream()).toList();
        List<Object[]> rows = em.createQuery("select distinct a.exerciseCode, a.client.id from Assignment a "
                        + "where a.caseId in :ids and a.exerciseCode in :codes and a.status in :done", Object[].class)
                .setParameter("ids", theCase.ids())
                .setParameter("codes", codes)
                .setParameter("done", List.of(AssignmentStatus.SUBMITTED, AssignmentStatus.REVIEWED))
                .getResultList();
        Map<String, Set<Long>> sentBy = new HashMap<>();
        rows.forEach(r -> sentBy.computeIfAbsent((String) r[0], k -> new HashSet<>()).add((Long) r[1]));
        List<SignEvidence> found = new ArrayList<>();
        for (StageSign sign : signs) {
            for (String code : EXERCISES.get(sign)) {
                Set<Long> who = sentBy.getOrDefault(code, Set.of());
                if (!who.isEmpty()) {
                    found.add(new SignEvidence(sign, line(code, who, clients)));
                }
            }
        }
        return found;
    }

    /** "Miracle Question: sent by Zhao Lei and Zhou Ting", or "…, not yet by Zhou Ting". */
    private String line(String code, Set<Long> who, List<ClientRef> clients) {
        String title = translator.onScreen("ex." + code + ".title");
        List<String> sent = clients.stream().filter(c -> who.contains(c.accountId())).map(ClientRef::displayName)
                .toList();
        List<String> notYet = clients.stream().filter(c -> !who.contains(c.accountId())).map(ClientRef::displayName)
                .toList();
        return notYet.isEmpty() ? translator.onScreen("case.sign.evidence.sent", title, names(sent))
                : translator.onScreen("case.sign.evidence.sentSome", title, names(sent), names(notYet));
    }

    private String names(List<String> names) {
        return names.size() == 2 ? translator.onScreen("case.sign.evidence.and", names.get(0), names.get(1))
                : Language.forLocale(Translator.screenLocale()).join(names);
    }
}
