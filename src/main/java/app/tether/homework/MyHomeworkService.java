package app.tether.homework;

import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.exceptionlog.MomentRef;
import app.tether.programme.FieldKind;
import app.tether.programme.FieldSpec;
import app.tether.security.CurrentUser;
import app.tether.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The client's side of homework: see it, answer it (drafts saved as they type), send it. */
@Service
@Transactional
public class MyHomeworkService {

    /** Hard ceiling for one entry of a draft, far above any prompt's own limit. */
    public static final int DRAFT_ENTRY_MAX = 20_000;
    /** How many picked moment ids of one prompt are looked up in the log. */
    private static final int PICKED_MOMENTS_LOOKED_UP = 50;

    private final AssignmentRepository assignments;
    private final AnswerSetRepository answerSets;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;
    private final app.tether.caseload.CaseAccessPolicy access;
    private final ExceptionLogService exceptions;
    private final WeeklySeries weekly;
    private final WeeklyLoopService loop;

    MyHomeworkService(AssignmentRepository assignments, AnswerSetRepository answerSets, CurrentUser currentUser,
                      Clock clock, org.springframework.context.ApplicationEventPublisher events,
                      app.tether.caseload.CaseAccessPolicy access, ExceptionLogService exceptions,
                      WeeklySeries weekly, WeeklyLoopService loop) {
        this.weekly = weekly;
        this.loop = loop;
        this.exceptions = exceptions;
        this.access = access;
        this.events = events;
        this.assignments = assignments;
        this.answerSets = answerSets;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The signed-in client's homework; weekly exercises get this week's piece here if they have none yet. */
    @PreAuthorize(Roles.HAS_CLIENT)
    public MyHomework myHomework() {
        LocalDate today = weekly.today();
        long me = currentUser.require().accountId();
        List<Assignment> all = weekly.openThisWeek(assignments.findForClient(me));
        var keys = all.stream().map(Assignment::getPairKey).filter(java.util.Objects::nonNull).toList();
        java.util.Map<String, String> partners = new java.util.HashMap<>();
        if (!keys.isEmpty()) {
            assignments.partnerNames(keys, me).forEach(r -> partners.put((String) r[0], (String) r[1]));
        }
        List<AssignmentSummary> mine = all.stream()
                .map(a -> HomeworkMapper.summary(a, a.getPairKey() == null ? null : partners.get(a.getPairKey()), today))
                .toList();
        Comparator<AssignmentSummary> byDue = Comparator.comparing(AssignmentSummary::dueOn,
                Comparator.nullsLast(Comparator.naturalOrder()));
        return new MyHomework(
                mine.stream().filter(AssignmentSummary::overdue).sorted(byDue).toList(),
                mine.stream().filter(a -> a.open() && !a.overdue()).sorted(byDue).toList(),
                mine.stream().filter(a -> !a.open())
                        .sorted(Comparator.comparing(AssignmentSummary::submittedAt,
                                Comparator.nullsLast(Comparator.reverseOrder()))).toList(),
                unsentDrafts(me));
    }

    /**
     * The signed-in client's own exercises in one case that they have sent at least once, one per
     * exercise (the latest), grouped by stage 1-6 in order. Partners each see only their own.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(readOnly = true)
    public Map<Integer, List<AssignmentSummary>> myDoneByStage(long caseId) {
        access.requireParticipant(caseId);
        LocalDate today = weekly.today();
        long me = currentUser.require().accountId();
        Map<Integer, Map<String, AssignmentSummary>> byStage = new java.util.TreeMap<>();
        assignments.findForClient(me).stream()
                .filter(a -> a.getCaseId() == caseId)
                .filter(a -> a.getStatus() == AssignmentStatus.SUBMITTED || a.getStatus() == AssignmentStatus.REVIEWED)
                .map(a -> HomeworkMapper.summary(a, null, today))
                .sorted(Comparator.comparing(AssignmentSummary::submittedAt, Comparator.nullsFirst(Comparator.naturalOrder())))
                .forEach(a -> byStage.computeIfAbsent(a.stage(), k -> new LinkedHashMap<>()).put(a.exerciseCode(), a));
        Map<Integer, List<AssignmentSummary>> result = new java.util.TreeMap<>();
        byStage.forEach((stage, done) -> result.put(stage, List.copyOf(done.values())));
        return result;
    }

    /** Drafts with some text that was never sent, or changed after the last send. */
    private java.util.Set<Long> unsentDrafts(long clientId) {
        var ids = new java.util.HashSet<Long>();
        for (AnswerSet draft : answerSets.findDraftsOf(clientId)) {
            Assignment a = draft.getAssignment();
            boolean revisable = a.getStatus() == AssignmentStatus.OPEN || a.getStatus() == AssignmentStatus.SUBMITTED;
            boolean typed = draft.answers().values().values().stream().flatMap(List::stream)
                    .anyMatch(v -> !v.isBlank());
            boolean unsent = a.getSubmittedAt() == null || draft.getSavedAt().isAfter(a.getSubmittedAt());
            if (revisable && typed && unsent) {
                ids.add(a.getId());
            }
        }
        return ids;
    }

    /**
     * One piece of homework, with the therapist's comments. Opening it is when the client reads
     * those comments: each is stamped read, and from then on the therapist adds a new one instead
     * of changing it.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    public AssignmentDetail open(long assignmentId) {
        Assignment a = loadMine(assignmentId);
        if (a.getReviewComments().stream().anyMatch(c -> !c.isRead())) {
            a.getReviewComments().forEach(c -> c.read(clock.instant()));
            assignments.flush();
        }
        return detail(a);
    }

    /**
     * Saves what the client has typed so far. {@code expectedDraftVersion} is the version this
     * screen last saw (-1: none yet); null overwrites whatever is stored (the client chose to keep
     * this screen's text after a conflict with another window).
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    public DraftSaved saveDraft(long assignmentId, Answers answers, Long expectedDraftVersion) {
        Assignment a = loadMine(assignmentId);
        requireNotJoint(a);
        access.requireOpen(a.getCaseId());
        requireRevisable(a);
        requireOwnPrompts(a, answers);
        for (var entry : answers.values().entrySet()) {
            for (String v : entry.getValue()) {
                if (v.length() > DRAFT_ENTRY_MAX) {
                    throw ValidationProblem.of(entry.getKey(), "validation.text.tooLong", DRAFT_ENTRY_MAX, v.length());
                }
            }
        }
        AnswerSet draft = answerSets.findDraft(assignmentId).orElse(null);
        if (draft == null) {
            if (expectedDraftVersion != null && expectedDraftVersion != -1) {
                throw new StaleDataException();
            }
            draft = answerSets.save(new AnswerSet(a, AnswerSet.Kind.DRAFT, 0, answers, clock.instant()));
        } else {
            if (expectedDraftVersion != null) {
                draft.checkVersion(expectedDraftVersion);
            }
            draft.replace(answers, clock.instant());
        }
        answerSets.flush();
        return new DraftSaved(draft.getVersion(), draft.getSavedAt());
    }

    /**
     * Sends the answers as a new version. {@code expectedVersion} is the assignment version the
     * screen showed, so a double click sends once and the second click is refused as stale. A
     * retry of a send that went through but whose answer was lost (the same answers are already
     * the latest version) gets the homework as sent, not a second version and not a stale error.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    public AssignmentDetail submit(long assignmentId, Answers answers, long expectedVersion) {
        Assignment a = loadMine(assignmentId);
        requireNotJoint(a);
        if (a.getVersion() != expectedVersion) {
            List<AnswerSet> sent = answerSets.findSubmissions(assignmentId);
            if (!sent.isEmpty() && sent.getFirst().answers().equals(answers)) {
                return detail(a);
            }
        }
        a.checkVersion(expectedVersion);
        access.requireOpen(a.getCaseId());
        requireRevisable(a);
        requireOwnPrompts(a, answers);
        // Once per send: the same choices check the answers and, as the draft now holds these
        // answers, show the homework afterwards.
        Choices choices = choices(a, answers);
        AnswerValidator.validate(prompts(a, answers), answers, choices.pickOptions());
        List<AnswerSet> previous = answerSets.findSubmissions(assignmentId);
        int number = previous.isEmpty() ? 1 : previous.getFirst().getNumber() + 1;
        answerSets.save(new AnswerSet(a, AnswerSet.Kind.SUBMISSION, number, answers, clock.instant()));
        AnswerSet draft = answerSets.findDraft(assignmentId).orElse(null);
        if (draft == null) {
            answerSets.save(new AnswerSet(a, AnswerSet.Kind.DRAFT, 0, answers, clock.instant()));
        } else {
            draft.replace(answers, clock.instant());
        }
        a.submitted(clock.instant());
        assignments.flush();
        events.publishEvent(new HomeworkSubmitted(a.getId(), a.getCaseId(), a.getClient().getId(), a.getExerciseCode(),
                answers, clock.instant()));
        return detail(a, choices);
    }

    /**
     * Logs a new moment from the homework page (Exception Deep Description), so the client can pick
     * it there and then. It lands in their exception log like any other; a draft they left in the log
     * stays a draft.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    public MomentRef addMoment(long assignmentId, EntryInput input) {
        Assignment a = loadMine(assignmentId);
        requireRevisable(a);
        if (a.fieldSpecs().stream().noneMatch(f -> f.kind() == FieldKind.MOMENTS)) {
            throw ValidationProblem.of("moments", "validation.answer.noMoments");
        }
        return HomeworkMapper.moment(exceptions.addMoment(a.getCaseId(), input));
    }

    private AssignmentDetail detail(Assignment a) {
        AnswerSet draft = answerSets.findDraft(a.getId()).orElse(null);
        return detail(a, choices(a, draft == null ? Answers.empty() : draft.answers()));
    }

    private AssignmentDetail detail(Assignment a, Choices c) {
        AnswerSet draft = answerSets.findDraft(a.getId()).orElse(null);
        return HomeworkMapper.detail(a, partnerName(a), weekly.today(), draft,
                answerSets.findSubmissions(a.getId()), c.pickOptions(), access.closedOn(a.getCaseId()).orElse(null),
                c.moments(), c.olderMomentsLeftOut(), access.currentLens(a.getCaseId()).orElse(null));
    }

    /**
     * What PICK and MOMENTS prompts offer, the moments behind the MOMENTS options, and whether older
     * moments of the log were left out of them.
     */
    private record Choices(Map<String, List<String>> pickOptions, Map<Long, MomentRef> moments,
                           boolean olderMomentsLeftOut) {
    }

    /**
     * Answers only to this exercise's prompts, the current lens's prompts for its stage, and prompts of
     * another lens for its stage: the case's lens may have changed while the form was open or after the
     * client wrote under the earlier one, and their text is kept, not refused (decision record 032).
     */
    private void requireOwnPrompts(Assignment a, Answers answers) {
        var keys = prompts(a, answers).stream().map(FieldSpec::key).collect(java.util.stream.Collectors.toSet());
        if (!keys.containsAll(answers.values().keySet())) {
            throw ValidationProblem.of("answers", "validation.answer.unknownPrompt");
        }
    }

    /**
     * The exercise's own prompts, then the optional prompts of the case's current lens for its stage, plus the prompts of earlier lenses for the assignment's stage that
     * {@code answers} hold, so those answers are checked (length) like the others and kept.
     */
    private List<FieldSpec> prompts(Assignment a, Answers answers) {
        Lens current = access.currentLens(a.getCaseId()).orElse(null);
        List<FieldSpec> all = new java.util.ArrayList<>(a.fieldSpecs());
        all.addAll(LensAnswers.fields(current, a.getStage()));
        for (Lens lens : Lens.values()) {
            if (lens != current) {
                var held = LensAnswers.fields(lens, a.getStage()).stream()
                        .filter(f -> answers.values().containsKey(f.key())).toList();
                all.addAll(held);
            }
        }
        return all;
    }

    /** A joint exercise is written in its shared answer (JointAnswerService), never in a private draft. */
    private static void requireNotJoint(Assignment a) {
        if (a.isJoint()) {
            throw ValidationProblem.of("answers", "validation.joint.shared");
        }
    }

    private static void requireRevisable(Assignment a) {
        if (a.getStatus() != AssignmentStatus.OPEN && a.getStatus() != AssignmentStatus.SUBMITTED) {
            throw ValidationProblem.of("status", a.getStatus() == AssignmentStatus.REVIEWED
                    ? "validation.answer.reviewed" : "validation.answer.cancelled");
        }
    }

    private Assignment loadMine(long assignmentId) {
        Assignment a = assignments.findById(assignmentId)
                .orElseThrow(() -> new AccessDeniedException("Homework not available"));
        if (!HomeworkService.sameClient(a, currentUser.require().accountId())) {
            throw new AccessDeniedException("Homework not available");
        }
        return a;
    }

    private String partnerName(Assignment a) {
        if (a.getPairKey() == null) {
            return null;
        }
        return assignments.findPartners(a.getPairKey(), a.getId()).stream()
                .map(p -> p.getClient().getDisplayName()).findFirst().orElse(null);
    }

    /**
     * For PICK prompts: the entries of the client's latest submission of the source exercise, or, when
     * the source is a prompt of the same form, its entries in {@code current} (the answers being sent,
     * or the draft). For MOMENTS prompts: the ids of the moments offered to this client in the
     * assignment's case (see {@link ExceptionLogService#momentsToPick}: the marked and the newest of
     * their own and those shared with them, significant first), plus those {@code current} already
     * picked that they may still see, however old, so a picked moment stays valid. Only ever for the
     * assignment's own client, who is the one signed in (see loadMine).
     */
    private Choices choices(Assignment a, Answers current) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        Map<Long, MomentRef> moments = new LinkedHashMap<>();
        boolean olderLeftOut = false;
        for (FieldSpec f : a.fieldSpecs()) {
            if (f.kind() == FieldKind.MOMENTS) {
                if (moments.isEmpty()) {
                    var offered = exceptions.momentsToPick(a.getCaseId(), pickedMoments(a, current));
                    offered.moments().forEach(m -> moments.put(m.id(), m));
                    olderLeftOut = offered.olderLeftOut();
                }
                options.put(f.key(), moments.keySet().stream().map(String::valueOf).toList());
                continue;
            }
            if (f.kind() != FieldKind.PICK || f.source() == null) {
                continue;
            }
            if (f.sourceInSameForm() != null) {
                options.put(f.key(), current.filled(f.sourceInSameForm()));
                continue;
            }
            String[] source = f.source().split("/", 2);
            List<String> items = answerSets.findSubmissionsOf(a.getClient().getId(), source[0]).stream()
                    .findFirst().map(s -> s.answers().filled(source[1])).orElse(List.of());
            // The weekly loop also offers last week's actions as adjusted (decision record 034).
            items = loop.withLoopChoices(a, f.key(), items);
            options.put(f.key(), items);
        }
        return new Choices(options, moments, olderLeftOut);
    }

    /**
     * The moment ids the answers pick in any MOMENTS prompt (what is not an id is left to the
     * validator), at most {@link #PICKED_MOMENTS_LOOKED_UP}: a prompt takes a handful, and the
     * validator refuses more than its maximum anyway.
     */
    private static java.util.Set<Long> pickedMoments(Assignment a, Answers current) {
        java.util.Set<Long> ids = new java.util.LinkedHashSet<>();
        for (FieldSpec f : a.fieldSpecs()) {
            if (f.kind() == FieldKind.MOMENTS) {
                current.filled(f.key()).stream().map(String::strip).filter(v -> v.matches("\\d{1,18}"))
                        .map(Long::valueOf).limit(PICKED_MOMENTS_LOOKED_UP).forEach(ids::add);
            }
        }
        return ids;
    }
}
