package app.tether.homework;

import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseAccessPolicy;
import app.tether.programme.FieldSpec;
import app.tether.security.Account;
import app.tether.security.AccountDirectory;
import app.tether.security.CurrentUser;
import app.tether.security.Roles;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint exercises (decision 033): the two partners of a pair write one shared answer, every save kept
 * with its author; each keeps private notes beside it that only they read. Either partner of the pair
 * may open, write and send it; the treating therapist reads its history; nobody else touches it.
 */
@Service
@Transactional
public class JointAnswerService {

    /** A private note's ceiling, as a draft entry's. */
    public static final int NOTES_MAX = 20_000;

    private final AssignmentRepository assignments;
    private final AnswerSetRepository answerSets;
    private final JointAnswerRepository joints;
    private final JointVersionRepository versions;
    private final JointNoteRepository notes;
    private final CaseAccessPolicy access;
    private final CurrentUser currentUser;
    private final AccountDirectory directory;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    JointAnswerService(AssignmentRepository assignments, AnswerSetRepository answerSets, JointAnswerRepository joints,
                       JointVersionRepository versions, JointNoteRepository notes, CaseAccessPolicy access,
                       CurrentUser currentUser, AccountDirectory directory, Clock clock,
                       ApplicationEventPublisher events) {
        this.assignments = assignments;
        this.answerSets = answerSets;
        this.joints = joints;
        this.versions = versions;
        this.notes = notes;
        this.access = access;
        this.currentUser = currentUser;
        this.directory = directory;
        this.clock = clock;
        this.events = events;
    }

    /** Called by {@link HomeworkService#assign} for each new joint pair: the shared answer and both notes. */
    void start(long caseId, String pairKey, List<Account> partners) {
        JointAnswer joint = joints.save(new JointAnswer(caseId, pairKey));
        partners.forEach(p -> notes.save(new JointNote(joint.getId(), p)));
    }

    /**
     * The joint exercise as the signed-in partner sees it, from either copy of the pair. Opening it is
     * when the partners read the therapist's comments (as with other homework).
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    public JointAnswerDetail open(long assignmentId) {
        Pair pair = loadAsPartner(assignmentId);
        pair.all().forEach(a -> {
            if (a.getReviewComments().stream().anyMatch(c -> !c.isRead())) {
                a.getReviewComments().forEach(c -> c.read(clock.instant()));
            }
        });
        assignments.flush();
        return detail(pair);
    }

    /**
     * Saves the shared answer as a new version by the signed-in partner. {@code expectedVersion} is the
     * {@link JointText#version()} the screen last saw; when the other partner saved since, nothing is
     * saved and {@link JointConflictException} carries their version. Saving what is already there adds
     * no version. READ COMMITTED (decision 033): under MariaDB's REPEATABLE READ the access check's first
     * read would fix the snapshot before the lock, so a partner's save committed meanwhile would show in
     * the locked row but not in the history read after it.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public JointText save(long assignmentId, Answers answers, long expectedVersion) {
        Pair pair = loadAsPartner(assignmentId);
        access.requireOpen(pair.mine().getCaseId());
        requireRevisable(pair.mine());
        requireOwnPrompts(pair.mine(), answers);
        JointAnswer joint = joints.lockByPairKey(pair.mine().getPairKey()).orElseThrow();
        List<JointVersion> history = versions.history(joint.getId());
        if (joint.getVersion() != expectedVersion) {
            throw conflict(pair.mine(), joint, history);
        }
        if (!history.isEmpty() && history.getLast().answers().equals(answers)) {
            return text(joint, history);
        }
        Account me = directory.find(pair.mine().getClient().getId()).orElseThrow();
        JointVersion saved = versions.save(joint.save(me, answers, clock.instant()));
        joints.flush();
        history = new ArrayList<>(history);
        history.add(saved);
        return text(joint, history);
    }

    /** The signed-in partner's private notes; {@code expectedVersion} as the screen last saw them. */
    @PreAuthorize(Roles.HAS_CLIENT)
    public JointNotesSaved saveNotes(long assignmentId, String body, long expectedVersion) {
        Pair pair = loadAsPartner(assignmentId);
        access.requireOpen(pair.mine().getCaseId());
        String text = body == null ? "" : body;
        if (text.length() > NOTES_MAX) {
            throw ValidationProblem.of("notes", "validation.text.tooLong", NOTES_MAX, text.length());
        }
        JointNote note = myNote(pair);
        note.checkVersion(expectedVersion);
        note.write(text, clock.instant());
        notes.flush();
        return new JointNotesSaved(note.getVersion(), note.getSavedAt());
    }

    /**
     * Sends the shared answer as it stands for review, for both partners at once: either partner may send
     * (decision 033). {@code expectedVersion} is the shared answer's version the screen shows, so what is
     * sent is what the sender saw. A version already sent (a double click, or the partner sending at the
     * same moment) is refused with {@code validation.joint.alreadySent}, never sent twice.
     */
    @PreAuthorize(Roles.HAS_CLIENT)
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public JointAnswerDetail send(long assignmentId, long expectedVersion) {
        Pair pair = loadAsPartner(assignmentId);
        access.requireOpen(pair.mine().getCaseId());
        requireRevisable(pair.mine());
        JointAnswer joint = joints.lockByPairKey(pair.mine().getPairKey()).orElseThrow();
        List<JointVersion> history = versions.history(joint.getId());
        if (joint.getVersion() != expectedVersion) {
            throw conflict(pair.mine(), joint, history);
        }
        if (history.isEmpty()) {
            throw ValidationProblem.of("answers", "validation.joint.nothingToSend");
        }
        JointVersion latest = history.getLast();
        if (latest.getSentNumber() != null) {
            throw ValidationProblem.of("answers", "validation.joint.alreadySent");
        }
        Answers answers = latest.answers();
        AnswerValidator.validate(pair.mine().fieldSpecs(), answers, Map.of());
        int number = 1;
        for (Assignment a : pair.all()) {
            List<AnswerSet> previous = answerSets.findSubmissions(a.getId());
            number = Math.max(number, previous.isEmpty() ? 1 : previous.getFirst().getNumber() + 1);
        }
        for (Assignment a : pair.all()) {
            answerSets.save(new AnswerSet(a, AnswerSet.Kind.SUBMISSION, number, answers, clock.instant()));
            a.submitted(clock.instant());
        }
        latest.sentAs(number);
        assignments.flush();
        for (Assignment a : pair.all()) {
            events.publishEvent(new HomeworkSubmitted(a.getId(), a.getCaseId(), a.getClient().getId(),
                    a.getExerciseCode(), answers, clock.instant()));
        }
        return detail(pair);
    }

    /** The treating therapist's view of a joint answer's saves and authorship; never the private notes. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public JointHistory history(long assignmentId) {
        Assignment a = assignments.findById(assignmentId)
                .orElseThrow(() -> new AccessDeniedException("Homework not available"));
        access.requireTreatingTherapist(a.getCaseId());
        if (!a.isJoint()) {
            return new JointHistory(List.of(), List.of(), Map.of());
        }
        List<Assignment> all = pairOf(a);
        JointAnswer joint = joints.findByPairKey(a.getPairKey()).orElseThrow();
        List<JointVersionRecord> saves = versions.history(joint.getId()).stream().map(JointAnswerService::record)
                .toList();
        Map<Integer, Map<String, List<AuthoredPart>>> bySubmission = new LinkedHashMap<>();
        for (int i = 0; i < saves.size(); i++) {
            if (saves.get(i).sentNumber() != null) {
                bySubmission.put(saves.get(i).sentNumber(), JointAuthorship.of(a.fieldSpecs(), saves.subList(0, i + 1)));
            }
        }
        return new JointHistory(all.stream().map(x -> x.getClient().getDisplayName()).toList(), saves, bySubmission);
    }

    // ---- inside ----

    /** The signed-in partner's own copy of the pair, and every copy. */
    private record Pair(Assignment mine, List<Assignment> all) {
    }

    private Pair loadAsPartner(long assignmentId) {
        Assignment a = assignments.findById(assignmentId)
                .orElseThrow(() -> new AccessDeniedException("Homework not available"));
        long me = currentUser.require().accountId();
        if (!a.isJoint()) {
            throw new AccessDeniedException("Not a joint exercise");
        }
        List<Assignment> all = pairOf(a);
        Assignment mine = all.stream().filter(x -> HomeworkService.sameClient(x, me)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("Homework not available"));
        access.requireParticipant(mine.getCaseId());
        return new Pair(mine, all);
    }

    private List<Assignment> pairOf(Assignment a) {
        List<Assignment> all = new ArrayList<>();
        all.add(a);
        all.addAll(assignments.findPartners(a.getPairKey(), a.getId()));
        all.sort(Comparator.comparing(Assignment::getId));
        return all;
    }

    private JointNote myNote(Pair pair) {
        JointAnswer joint = joints.findByPairKey(pair.mine().getPairKey()).orElseThrow();
        return notes.of(joint.getId(), pair.mine().getClient().getId()).orElseGet(() -> notes.save(
                new JointNote(joint.getId(), pair.mine().getClient())));
    }

    private JointAnswerDetail detail(Pair pair) {
        Assignment mine = pair.mine();
        JointAnswer joint = joints.findByPairKey(mine.getPairKey()).orElseThrow();
        List<JointVersion> history = versions.history(joint.getId());
        List<JointVersionRecord> saves = history.stream().map(JointAnswerService::record).toList();
        JointNote note = myNote(pair);
        String partner = pair.all().stream().filter(x -> x != mine).map(x -> x.getClient().getDisplayName())
                .findFirst().orElse(null);
        List<ReviewCommentRecord> comments = pair.all().stream().flatMap(x -> HomeworkMapper.comments(x).stream())
                .sorted(Comparator.comparing(ReviewCommentRecord::writtenAt)).toList();
        var submissions = answerSets.findSubmissions(mine.getId()).stream()
                .map(s -> new SubmissionRecord(s.getNumber(), s.getSavedAt(), s.answers())).toList();
        return new JointAnswerDetail(HomeworkMapper.summary(mine, partner, LocalDate.now(clock)), mine.getInstructions(),
                mine.getNote(), mine.fieldSpecs(), partner, text(joint, history),
                JointAuthorship.of(mine.fieldSpecs(), saves), saves, note.getBody(), note.getVersion(),
                note.getSavedAt(), submissions, comments, access.closedOn(mine.getCaseId()).orElse(null));
    }

    private JointConflictException conflict(Assignment mine, JointAnswer joint, List<JointVersion> history) {
        List<JointVersionRecord> saves = history.stream().map(JointAnswerService::record).toList();
        return new JointConflictException(text(joint, history), JointAuthorship.of(mine.fieldSpecs(), saves));
    }

    private static JointText text(JointAnswer joint, List<JointVersion> history) {
        if (history.isEmpty()) {
            return new JointText(Answers.empty(), joint.getVersion(), 0, null, null);
        }
        JointVersion last = history.getLast();
        return new JointText(last.answers(), joint.getVersion(), last.getNumber(), last.getAuthor().getDisplayName(),
                last.getSavedAt());
    }

    private static JointVersionRecord record(JointVersion v) {
        return new JointVersionRecord(v.getNumber(), v.getAuthor().getId(), v.getAuthor().getDisplayName(),
                v.getSavedAt(), v.answers(), v.getSentNumber());
    }

    private static void requireRevisable(Assignment a) {
        if (a.getStatus() != AssignmentStatus.OPEN && a.getStatus() != AssignmentStatus.SUBMITTED) {
            throw ValidationProblem.of("status", a.getStatus() == AssignmentStatus.REVIEWED
                    ? "validation.answer.reviewed" : "validation.answer.cancelled");
        }
    }

    /** Only the exercise's own prompts, each entry under the draft ceiling (lens prompts are not shared). */
    private static void requireOwnPrompts(Assignment a, Answers answers) {
        var keys = a.fieldSpecs().stream().map(FieldSpec::key).collect(java.util.stream.Collectors.toSet());
        if (!keys.containsAll(answers.values().keySet())) {
            throw ValidationProblem.of("answers", "validation.answer.unknownPrompt");
        }
        for (var entry : answers.values().entrySet()) {
            for (String v : entry.getValue()) {
                if (v.length() > MyHomeworkService.DRAFT_ENTRY_MAX) {
                    throw ValidationProblem.of(entry.getKey(), "validation.text.tooLong",
                            MyHomeworkService.DRAFT_ENTRY_MAX, v.length());
                }
            }
        }
    }

}
