package app.tether.homework;

import app.tether.base.PracticeTime;
import app.tether.caseload.CaseAccessPolicy;
import app.tether.caseload.CaseloadService;
import app.tether.programme.FrameworkExercises;
import app.tether.security.CurrentUser;
import app.tether.security.Roles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The weekly loop of stage 5 (decision record 034): Commitment and Experiment names a week's actions,
 * the Feedback Loop of that week asks per action what happened, what was learned and what to adjust,
 * and the next week's Commitment starts from those adjustments. Also the client's focus value from
 * Value Ranking. Reads only sent answers (never a draft), each client's own.
 */
@Service
@Transactional(readOnly = true)
public class WeeklyLoopService {

    static final String COMMITMENT = FrameworkExercises.COMMITMENT_EXPERIMENT;
    static final String FEEDBACK = FrameworkExercises.FEEDBACK_LOOP;
    /** The Commitment's slots: one or two actions, each with three questions. */
    private static final int ACTIONS = 2;

    private final AssignmentRepository assignments;
    private final AnswerSetRepository answerSets;
    private final CaseAccessPolicy access;
    private final CaseloadService caseload;
    private final CurrentUser currentUser;
    private final PracticeTime practiceTime;

    WeeklyLoopService(AssignmentRepository assignments, AnswerSetRepository answerSets, CaseAccessPolicy access,
                      CaseloadService caseload, CurrentUser currentUser, PracticeTime practiceTime) {
        this.assignments = assignments;
        this.answerSets = answerSets;
        this.access = access;
        this.caseload = caseload;
        this.currentUser = currentUser;
        this.practiceTime = practiceTime;
    }

    /**
     * What the loop brings into the signed-in client's own Commitment or Feedback Loop; empty for any
     * other exercise.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    public LoopContext myLoopContext(long assignmentId) {
        Assignment a = assignments.findById(assignmentId)
                .orElseThrow(() -> new AccessDeniedException("Homework not available"));
        if (!HomeworkService.sameClient(a, currentUser.require().accountId())) {
            throw new AccessDeniedException("Homework not available");
        }
        if (!a.isBuiltin() || !(COMMITMENT.equals(a.getExerciseCode()) || FEEDBACK.equals(a.getExerciseCode()))) {
            return LoopContext.none();
        }
        LocalDate week = weekOf(a);
        List<Sent> sent = sentOf(a.getCaseId(), a.getClient().getId());
        if (FEEDBACK.equals(a.getExerciseCode())) {
            List<CommittedAction> committed = commitmentFor(sent, week).map(WeeklyLoopService::committed)
                    .orElse(List.of());
            Map<String, List<String>> prefill = new LinkedHashMap<>();
            prefill.put("actions", committed.stream().map(CommittedAction::action).toList());
            return new LoopContext(week, null, committed, List.of(), new Answers(prefill));
        }
        List<LoopStep> adjusted = feedbackBefore(sent, week, a.getWeekOf() == null)
                .map(f -> steps(List.of(), f.answers())).orElse(List.of());
        return new LoopContext(week, focus(a.getCaseId(), a.getClient().getId()).orElse(null), List.of(), adjusted,
                commitmentPrefill(adjusted));
    }

    /** The signed-in client's own focus value in this case, from their latest sent Value Ranking. */
    @PreAuthorize(Roles.HAS_CLIENT)
    public Optional<FocusValue> myFocusValue(long caseId) {
        long me = access.requireParticipant(caseId).accountId();
        return focus(caseId, me);
    }

    /** The signed-in client's own loop in this case, week by week (a partner's is never included). */
    @PreAuthorize(Roles.HAS_CLIENT)
    public LoopTimeline myTimeline(long caseId) {
        var me = access.requireParticipant(caseId);
        return timelineOf(caseId, me.accountId(), me.displayName());
    }

    /** Each client's loop in the case, week by week, for the treating therapist (one per partner). */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public List<LoopTimeline> timeline(long caseId) {
        access.requireTreatingTherapist(caseId);
        return caseload.caseDetails(caseId).clients().stream()
                .map(c -> timelineOf(caseId, c.accountId(), c.displayName())).toList();
    }

    /**
     * The choices a Commitment's action prompt offers: the Action Menu's entries, plus last week's
     * actions as the Feedback Loop named them, so an adjusted action can be chosen again. Any other
     * prompt's choices are returned as they are.
     */
    List<String> withLoopChoices(Assignment a, String fieldKey, List<String> items) {
        if (!a.isBuiltin() || !COMMITMENT.equals(a.getExerciseCode()) || !"chosen".equals(fieldKey)) {
            return items;
        }
        List<String> all = new ArrayList<>(items);
        feedbackBefore(sentOf(a.getCaseId(), a.getClient().getId()), weekOf(a), a.getWeekOf() == null)
                .ifPresent(f -> steps(List.of(), f.answers()).stream().map(LoopStep::action)
                        .filter(x -> !all.contains(x)).forEach(all::add));
        return List.copyOf(all);
    }

    private LoopTimeline timelineOf(long caseId, long clientId, String name) {
        List<Sent> sent = sentOf(caseId, clientId);
        Map<LocalDate, Sent> commitments = new TreeMap<>();
        Map<LocalDate, Sent> feedback = new TreeMap<>();
        for (Sent s : sent) {
            (s.code().equals(COMMITMENT) ? commitments : feedback).merge(s.week(), s, WeeklyLoopService::later);
        }
        var sentWeeks = new java.util.TreeSet<LocalDate>();
        sentWeeks.addAll(commitments.keySet());
        sentWeeks.addAll(feedback.keySet());
        List<LoopWeek> result = new ArrayList<>();
        if (sentWeeks.isEmpty()) {
            return new LoopTimeline(clientId, name, result);
        }
        // Every week from the first to the last sent, so a missed week shows as one with nothing sent.
        for (LocalDate w = sentWeeks.first(); !w.isAfter(sentWeeks.last()); w = w.plusWeeks(1)) {
            Sent c = commitments.get(w);
            Sent f = feedback.get(w);
            List<CommittedAction> committed = c == null ? List.of() : committed(c);
            result.add(new LoopWeek(w, c != null, f != null, steps(committed, f == null ? null : f.answers())));
        }
        return new LoopTimeline(clientId, name, result);
    }

    /** A sent answer of the loop: the latest version of one piece, with the week it belongs to. */
    private record Sent(String code, LocalDate week, boolean weekly, java.time.Instant at, Answers answers) {
    }

    private static Sent later(Sent x, Sent y) {
        return x.at().isAfter(y.at()) ? x : y;
    }

    /** The latest version of each of the client's Commitment and Feedback Loop pieces in the case. */
    private List<Sent> sentOf(long caseId, long clientId) {
        Map<Long, Sent> latest = new LinkedHashMap<>();
        for (String code : List.of(COMMITMENT, FEEDBACK)) {
            for (AnswerSet s : answerSets.findSubmissionsOf(clientId, code)) {
                Assignment a = s.getAssignment();
                if (a.getCaseId() == caseId && a.isBuiltin() && a.getStatus() != AssignmentStatus.CANCELLED) {
                    latest.putIfAbsent(a.getId(), new Sent(code, a.getWeekOf() != null ? a.getWeekOf()
                            : WeeklySeries.mondayOf(LocalDate.ofInstant(s.getSavedAt(), practiceTime.zone())),
                            a.getWeekOf() != null, s.getSavedAt(), s.answers()));
                }
            }
        }
        return List.copyOf(latest.values());
    }

    private LocalDate weekOf(Assignment a) {
        return a.getWeekOf() != null ? a.getWeekOf() : WeeklySeries.mondayOf(practiceTime.today());
    }

    /** The week's Commitment; failing that, the latest one sent for an earlier week (made late, or one-off). */
    private static Optional<Sent> commitmentFor(List<Sent> sent, LocalDate week) {
        return sent.stream().filter(s -> s.code().equals(COMMITMENT) && !s.week().isAfter(week))
                .max(Comparator.comparing(Sent::week).thenComparing(Sent::at));
    }

    /** The latest Feedback Loop for a week before this one (any, for a one-off Commitment). */
    private static Optional<Sent> feedbackBefore(List<Sent> sent, LocalDate week, boolean oneOff) {
        return sent.stream().filter(s -> s.code().equals(FEEDBACK) && (oneOff || s.week().isBefore(week)))
                .max(Comparator.comparing(Sent::week).thenComparing(Sent::at));
    }

    private static List<CommittedAction> committed(Sent commitment) {
        Answers a = commitment.answers();
        List<String> chosen = a.filled("chosen");
        List<CommittedAction> result = new ArrayList<>();
        for (int i = 0; i < Math.min(chosen.size(), ACTIONS); i++) {
            int n = i + 1;
            result.add(new CommittedAction(chosen.get(i), a.first("try" + n).strip(), a.first("learn" + n).strip(),
                    a.first("knowLearned" + n).strip()));
        }
        return result;
    }

    /**
     * The week's actions: the committed ones, each with its feedback matched by name, then any action the
     * Feedback Loop named that was not committed. Feedback sent in the earlier shape (one text each for
     * what was tried, happened, learned and adjusted) is one step.
     */
    private static List<LoopStep> steps(List<CommittedAction> committed, Answers feedback) {
        List<LoopStep> steps = new ArrayList<>();
        List<String> tried = feedback == null ? List.of() : feedback.filled("actions");
        List<Integer> used = new ArrayList<>();
        for (CommittedAction c : committed) {
            int i = tried.indexOf(c.action());
            if (i >= 0 && !used.contains(i)) {
                used.add(i);
                steps.add(step(c.action(), c, feedback, i + 1));
            } else {
                steps.add(new LoopStep(c.action(), c.tryText(), c.hopeToLearn(), "", "", ""));
            }
        }
        for (int i = 0; i < tried.size(); i++) {
            if (!used.contains(i)) {
                steps.add(step(tried.get(i), null, feedback, i + 1));
            }
        }
        if (feedback != null && tried.isEmpty() && !feedback.first("tried").isBlank()) {
            steps.add(new LoopStep(feedback.first("tried").strip(), "", "", feedback.first("happened").strip(),
                    feedback.first("learned").strip(), feedback.first("adjust").strip()));
        }
        return steps;
    }

    private static LoopStep step(String action, CommittedAction c, Answers f, int n) {
        return new LoopStep(action, c == null ? "" : c.tryText(), c == null ? "" : c.hopeToLearn(),
                f.first("happened" + n).strip(), f.first("learned" + n).strip(), f.first("adjust" + n).strip());
    }

    /** Last week's actions chosen again, each to be tried as adjusted. */
    private static Answers commitmentPrefill(List<LoopStep> adjusted) {
        List<LoopStep> again = adjusted.stream().filter(s -> !s.adjust().isBlank()).limit(ACTIONS).toList();
        Map<String, List<String>> prefill = new LinkedHashMap<>();
        List<String> chosen = new ArrayList<>();
        for (LoopStep s : again) {
            chosen.add(s.action());
            prefill.put("try" + chosen.size(), List.of(s.adjust()));
        }
        prefill.put("chosen", chosen);
        return new Answers(prefill);
    }

    private Optional<FocusValue> focus(long caseId, long clientId) {
        return answerSets.findSubmissionsOf(clientId, FrameworkExercises.VALUE_RANKING).stream()
                .filter(s -> s.getAssignment().getCaseId() == caseId && s.getAssignment().isBuiltin()
                        && s.getAssignment().getStatus() != AssignmentStatus.CANCELLED)
                .filter(s -> !s.answers().first("focus").isBlank())
                .findFirst()
                .map(s -> new FocusValue(s.answers().first("focus").strip(), s.answers().first("act").strip(),
                        s.getSavedAt()));
    }
}
