package app.tether.homework;

import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseAccessPolicy;
import app.tether.caseload.CaseDetails;
import app.tether.caseload.CaseKind;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.ClientRef;
import app.tether.caseload.ReadinessService;
import app.tether.caseload.Stage;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.programme.ExerciseDefinition;
import app.tether.programme.ExerciseLibraryService;
import app.tether.programme.FrameworkExercises;
import app.tether.programme.LetterExercises;
import app.tether.security.AccountDirectory;
import app.tether.security.Role;
import app.tether.security.Roles;
import app.tether.security.TetherUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The therapist's side of homework: assign, follow up, review. */
@Service
@Transactional
public class HomeworkService {

    /** The personal note on homework (VARCHAR(2000), see V016). */
    public static final int NOTE_MAX = 2000;
    public static final int COMMENT_MAX = 2000;

    private final AssignmentRepository assignments;
    private final AnswerSetRepository answerSets;
    private final ReviewCommentRepository comments;
    private final CaseAccessPolicy access;
    private final CaseloadService caseload;
    private final ExerciseLibraryService library;
    private final AccountDirectory directory;
    private final Clock clock;
    private final ExceptionLogService exceptions;
    private final ReadinessService readiness;
    private final JointAnswerService joint;
    private final WeeklySeries weekly;

    /** For the printed summary's key answers, which word the answers given per moment in the reader's language. */
    private final app.tether.base.Translator tr;

    HomeworkService(AssignmentRepository assignments, AnswerSetRepository answerSets, ReviewCommentRepository comments,
                    CaseAccessPolicy access, CaseloadService caseload, ExerciseLibraryService library,
                    AccountDirectory directory, Clock clock, ExceptionLogService exceptions,
                    app.tether.base.Translator tr, ReadinessService readiness, JointAnswerService joint,
                    WeeklySeries weekly) {
        this.joint = joint;
        this.weekly = weekly;
        this.tr = tr;
        this.readiness = readiness;
        this.exceptions = exceptions;
        this.assignments = assignments;
        this.answerSets = answerSets;
        this.comments = comments;
        this.access = access;
        this.caseload = caseload;
        this.library = library;
        this.directory = directory;
        this.clock = clock;
    }

    /**
     * A case's homework, newest first, and the next stage's set to suggest when this stage's is done.
     * Weekly exercises get this week's piece here if they have none yet (decision record 034).
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public CaseHomework caseHomework(long caseId) {
        access.requireTreatingTherapist(caseId);
        return caseHomework(caseId, weekly.openThisWeek(assignments.findByCase(caseId)));
    }

    /**
     * A case's homework as stored, for the case export: a record of what is there, so it opens no new
     * week of a weekly exercise (the next screen does).
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public CaseHomework caseHomeworkAsStored(long caseId) {
        access.requireTreatingTherapist(caseId);
        return caseHomework(caseId, assignments.findByCase(caseId));
    }

    private CaseHomework caseHomework(long caseId, List<Assignment> all) {
        CaseDetails details = caseload.caseDetails(caseId);
        LocalDate today = today();
        List<AssignmentSummary> rows = all.stream()
                .map(a -> HomeworkMapper.summary(a, partnerName(a, details), today)).toList();
        return new CaseHomework(rows, suggestion(details, all));
    }

    /** Due date proposed for an exercise of this stage: the stage's last nominal day, or a week from today. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public LocalDate defaultDueDate(long caseId, int stage) {
        access.requireTreatingTherapist(caseId);
        return defaultDue(caseload.caseDetails(caseId), stage);
    }

    /**
     * Assigns each exercise to each chosen client. Where a client already has one of them open
     * (not yet reviewed or cancelled), the request's {@link AssignRequest.Duplicates} decides: ASK
     * assigns nothing and throws {@link DuplicateAssignmentException}, SKIP leaves those out,
     * ASSIGN_AGAIN assigns them anyway. Before that, an exercise that has the partners talk together,
     * for a couple marked not ready, needs the request's {@code notReadyConfirmed}; without it nothing
     * is assigned and {@link NotReadyToTalkException} names it and the individual alternatives.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public List<AssignmentSummary> assign(AssignRequest request) {
        TetherUser user = access.requireTreatingTherapistToChange(request.caseId());
        CaseDetails details = caseload.caseDetails(request.caseId());
        LocalDate today = today();
        var problems = new ValidationProblem.Collector();
        List<ExerciseDefinition> exercises = exercisesOf(request);
        if (exercises.isEmpty()) {
            problems.add("exercise", "validation.assign.exerciseRequired");
        }
        List<Long> clientIds = clientsOf(request, details);
        if (clientIds.isEmpty()) {
            problems.add("clients", "validation.assign.clientRequired");
        }
        if (request.dueOn() != null && request.dueOn().isBefore(today)) {
            problems.add("dueOn", "validation.assign.dueInPast");
        }
        String note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            problems.add("note", "validation.text.tooLong", NOTE_MAX, note.length());
        }
        boolean couple = details.kind() == CaseKind.COUPLE;
        // A weekly partner exercise would need both partners' weeks paired; partner exercises are one-off.
        if (exercises.stream().anyMatch(e -> e.partner() && e.recurrence() == app.tether.programme.Recurrence.WEEKLY)) {
            problems.add("exercise", "validation.assign.weeklyPartner");
        }
        if (exercises.stream().anyMatch(ExerciseDefinition::partner) && couple && clientIds.size() < 2) {
            problems.add("clients", "validation.assign.partnerNeedsBoth");
        }
        // Joint: one shared answer for both partners of a couple (decision 033).
        Set<Long> jointIds = Set.copyOf(request.jointExerciseIds());
        if (!jointIds.isEmpty()) {
            if (!couple) {
                problems.add("joint", "validation.joint.coupleOnly");
            } else if (clientIds.size() < 2) {
                problems.add("clients", "validation.joint.needsBoth");
            }
            if (exercises.stream().anyMatch(e -> jointIds.contains(e.id()) && (e.recurring() || e.fields().isEmpty()))) {
                problems.add("joint", "validation.joint.notRecurring");
            }
        }
        problems.throwIfAny();

        if (couple && !request.notReadyConfirmed()) {
            // Writing one answer together is talking together: a joint exercise is checked too.
            requireReadyFor(request.caseId(), exercises, jointIds);
        }
        List<OpenDuplicate> duplicates = duplicatesOf(request.caseId(), exercises, clientIds);
        if (!duplicates.isEmpty() && request.duplicates() == AssignRequest.Duplicates.ASK) {
            throw new DuplicateAssignmentException(duplicates);
        }
        Set<String> skip = request.duplicates() == AssignRequest.Duplicates.SKIP
                ? duplicates.stream().map(d -> d.exerciseId() + "/" + d.clientId()).collect(Collectors.toSet())
                : Set.of();

        var therapist = directory.find(user.accountId()).orElseThrow();
        List<Assignment> created = new ArrayList<>();
        for (ExerciseDefinition given : exercises) {
            // A built-in letter fits any stage (decision record 035): it is given at the case's current one.
            ExerciseDefinition e = LetterExercises.isLetter(given.code()) && details.enrolment() != null
                    ? given.atStage(details.enrolment().stage().number()) : given;
            // A weekly exercise is due at the end of each week (decision record 034); a daily one never.
            LocalDate due = e.recurring() ? null : request.dueOn() != null ? request.dueOn() : defaultDue(details, e.stage());
            boolean isJoint = couple && jointIds.contains(e.id());
            String pairKey = (e.partner() || isJoint) && couple ? UUID.randomUUID().toString() : null;
            // Partners do a partner (or joint) exercise as a pair: when one has it open, skipping skips the
            // pair, never leaving a lone copy the other partner is not part of.
            if (pairKey != null && clientIds.stream().anyMatch(id -> skip.contains(e.id() + "/" + id))) {
                continue;
            }
            List<app.tether.security.Account> partners = new ArrayList<>();
            for (Long clientId : clientIds) {
                if (skip.contains(e.id() + "/" + clientId)) {
                    continue;
                }
                var client = directory.findActive(clientId, Role.CLIENT)
                        .orElseThrow(() -> ValidationProblem.of("clients", "validation.assign.clientInactive"));
                partners.add(client);
                var piece = new Assignment(request.caseId(), client, e, pairKey, isJoint, note, due, clock.instant(),
                        therapist);
                if (e.recurrence() == app.tether.programme.Recurrence.WEEKLY) {
                    piece.startWeekly(weekly.firstWeek());
                }
                created.add(assignments.save(piece));
            }
            if (isJoint) {
                joint.start(request.caseId(), pairKey, partners);
            }
        }
        assignments.flush();
        return created.stream().map(a -> HomeworkMapper.summary(a, partnerName(a, details), today)).toList();
    }

    /**
     * The current stage's exercises already done in this case (sent or reviewed), one per exercise
     * with who did them, newest first: what the therapist may give again after a move back to the
     * stage. Daily exercises are left out (they never stop); so are exercises no longer in the library.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<DoneExercise> doneInCurrentStage(long caseId) {
        access.requireTreatingTherapist(caseId);
        return doneInCurrentStage(caseload.caseDetails(caseId));
    }

    private List<DoneExercise> doneInCurrentStage(CaseDetails details) {
        if (details.enrolment() == null) {
            return List.of();
        }
        int stage = details.enrolment().stage().number();
        Map<Long, List<Assignment>> byExercise = new java.util.LinkedHashMap<>();
        assignments.findByCase(details.caseId()).stream()
                .filter(a -> a.getStage() == stage && a.getRecurrence() == null && a.getExerciseId() != null
                        && (a.getStatus() == AssignmentStatus.SUBMITTED || a.getStatus() == AssignmentStatus.REVIEWED))
                .forEach(a -> byExercise.computeIfAbsent(a.getExerciseId(), k -> new ArrayList<>()).add(a));
        List<DoneExercise> done = new ArrayList<>();
        byExercise.forEach((exerciseId, list) -> {
            // In the case's order of clients, each once.
            List<ClientRef> who = details.clients().stream()
                    .filter(c -> list.stream().anyMatch(a -> sameClient(a, c.accountId()))).toList();
            Assignment latest = list.getFirst();
            done.add(new DoneExercise(exerciseId, latest.isBuiltin(), latest.getTitle(),
                    who.stream().map(ClientRef::accountId).toList(), who.stream().map(ClientRef::displayName).toList(),
                    latest.isJoint()));
        });
        return List.copyOf(done);
    }

    /**
     * Gives these of the current stage's done exercises (see {@link #doneInCurrentStage(long)}) again,
     * as new homework through {@link #assign(AssignRequest)}: each to the clients who did it (a partner
     * exercise in a couple to both; one last done as a joint exercise to both, joint again), with the
     * default due date and no note. Duplicates are handled as
     * in {@code assign}; with ASK nothing is given and every open copy is named at once. As in
     * {@code assign}, a talking-together exercise for a couple marked not ready needs
     * {@code notReadyConfirmed}; without it nothing is given and {@link NotReadyToTalkException} names
     * it and the individual alternatives (asked before duplicates, as {@code assign} does).
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public List<AssignmentSummary> giveAgain(long caseId, List<Long> exerciseIds,
                                             AssignRequest.Duplicates duplicates, boolean notReadyConfirmed) {
        access.requireTreatingTherapistToChange(caseId);
        CaseDetails details = caseload.caseDetails(caseId);
        List<Long> chosen = exerciseIds == null ? List.of()
                : exerciseIds.stream().filter(Objects::nonNull).distinct().toList();
        if (chosen.isEmpty()) {
            throw ValidationProblem.of("exercise", "validation.giveAgain.exerciseRequired");
        }
        Map<Long, DoneExercise> done = doneInCurrentStage(details).stream()
                .collect(Collectors.toMap(DoneExercise::exerciseId, d -> d));
        if (!done.keySet().containsAll(chosen)) {
            throw ValidationProblem.of("exercise", "validation.giveAgain.notDone");
        }
        List<Long> everyone = details.clients().stream().map(ClientRef::accountId).toList();
        boolean couple = details.kind() == CaseKind.COUPLE;
        // One request per set of clients, so that each exercise goes back to those who did it.
        Map<List<Long>, List<Long>> requests = new java.util.LinkedHashMap<>();
        Set<Long> joint = couple ? chosen.stream().filter(id -> done.get(id).joint()).collect(Collectors.toSet())
                : Set.of();
        for (Long id : chosen) {
            List<Long> clients = couple && (library.exercise(id).partner() || joint.contains(id)) ? everyone
                    : done.get(id).clientIds();
            requests.computeIfAbsent(clients, k -> new ArrayList<>()).add(id);
        }
        if (couple && !notReadyConfirmed) {
            requireReadyFor(caseId, chosen.stream().map(library::exercise).toList(), joint);
        }
        AssignRequest.Duplicates choice = duplicates == null ? AssignRequest.Duplicates.ASK : duplicates;
        if (choice == AssignRequest.Duplicates.ASK) {
            List<OpenDuplicate> open = new ArrayList<>();
            requests.forEach((clients, ids) -> open.addAll(duplicatesOf(caseId,
                    ids.stream().map(library::exercise).toList(), clients)));
            if (!open.isEmpty()) {
                throw new DuplicateAssignmentException(open);
            }
        }
        List<AssignmentSummary> created = new ArrayList<>();
        requests.forEach((clients, ids) ->
                created.addAll(assign(new AssignRequest(caseId, ids, clients, null, null, choice, notReadyConfirmed,
                        ids.stream().filter(joint::contains).toList()))));
        return created;
    }

    /** Refuses when these exercises hold talking-together ones and the couple is marked not ready. */
    private void requireReadyFor(long caseId, List<ExerciseDefinition> exercises, Set<Long> jointIds) {
        List<ExerciseDefinition> talking = exercises.stream()
                .filter(e -> FrameworkExercises.talksTogether(e) || jointIds.contains(e.id())).toList();
        if (!talking.isEmpty() && readiness.readiness(caseId).notReady()) {
            throw new NotReadyToTalkException(talking.stream().map(HomeworkService::choice).toList(),
                    alternativesTo(talking));
        }
    }

    /** What each partner can do alone at the stages of these talking-together exercises, in library order. */
    private List<ExerciseChoice> alternativesTo(List<ExerciseDefinition> talking) {
        Set<Integer> stages = talking.stream().map(ExerciseDefinition::stage).collect(Collectors.toSet());
        return library.library().stream()
                .filter(e -> stages.contains(e.stage()) && !e.partner() && !FrameworkExercises.talksTogether(e))
                .map(HomeworkService::choice).toList();
    }

    private static ExerciseChoice choice(ExerciseDefinition e) {
        return new ExerciseChoice(e.id(), e.builtin(), e.title(), e.stage());
    }

    private List<ExerciseDefinition> exercisesOf(AssignRequest request) {
        return request.exerciseIds() == null ? List.of()
                : request.exerciseIds().stream().filter(Objects::nonNull).distinct().map(library::exercise).toList();
    }

    /** The request's clients; one outside the case is refused as if the case were not there. */
    private static List<Long> clientsOf(AssignRequest request, CaseDetails details) {
        Set<Long> caseClients = details.clients().stream().map(ClientRef::accountId).collect(Collectors.toSet());
        List<Long> clientIds = request.clientIds() == null ? List.of()
                : request.clientIds().stream().filter(Objects::nonNull).distinct().toList();
        if (!caseClients.containsAll(clientIds)) {
            throw new AccessDeniedException("Client not in this case");
        }
        return clientIds;
    }

    private List<OpenDuplicate> duplicatesOf(long caseId, List<ExerciseDefinition> exercises, List<Long> clientIds) {
        if (exercises.isEmpty() || clientIds.isEmpty()) {
            return List.of();
        }
        List<Assignment> live = assignments.findByCase(caseId).stream()
                .filter(a -> a.getStatus() == AssignmentStatus.OPEN || a.getStatus() == AssignmentStatus.SUBMITTED)
                .toList();
        List<OpenDuplicate> found = new ArrayList<>();
        for (ExerciseDefinition e : exercises) {
            for (Long clientId : clientIds) {
                live.stream().filter(a -> sameClient(a, clientId) && a.isCopyOf(e))
                        .min(java.util.Comparator.comparing(Assignment::getAssignedAt))
                        .ifPresent(a -> found.add(new OpenDuplicate(a.getId(), e.id(), clientId,
                                a.getClient().getDisplayName(), a.isBuiltin(), a.getTitle(), a.getStatus())));
            }
        }
        return List.copyOf(found);
    }

    @PreAuthorize(Roles.HAS_THERAPIST)
    public AssignmentSummary changeDueDate(long assignmentId, LocalDate dueOn, long expectedVersion) {
        Assignment a = loadAsTherapist(assignmentId);
        access.requireOpen(a.getCaseId());
        a.checkVersion(expectedVersion);
        if (a.getStatus() != AssignmentStatus.OPEN) {
            throw ValidationProblem.of("dueOn", "validation.assign.notOpen");
        }
        if (a.getRecurrence() != null) {
            throw ValidationProblem.of("dueOn", "validation.assign.recurringHasNoDue");
        }
        if (dueOn == null) {
            throw ValidationProblem.of("dueOn", "validation.assign.dueRequired");
        }
        if (dueOn.isBefore(today())) {
            throw ValidationProblem.of("dueOn", "validation.assign.dueInPast");
        }
        a.setDueOn(dueOn);
        if (a.isJoint()) {
            assignments.findPartners(a.getPairKey(), a.getId()).forEach(p -> p.setDueOn(dueOn));
        }
        assignments.flush();
        return HomeworkMapper.summary(a, null, today());
    }

    @PreAuthorize(Roles.HAS_THERAPIST)
    public AssignmentSummary cancel(long assignmentId, long expectedVersion) {
        Assignment a = loadAsTherapist(assignmentId);
        access.requireOpen(a.getCaseId());
        a.checkVersion(expectedVersion);
        if (a.getStatus() == AssignmentStatus.REVIEWED) {
            throw ValidationProblem.of("status", "validation.assign.alreadyReviewed");
        }
        a.cancel();
        if (a.isJoint()) {
            // One shared answer: the pair goes together.
            assignments.findPartners(a.getPairKey(), a.getId()).forEach(Assignment::cancel);
        }
        assignments.flush();
        return HomeworkMapper.summary(a, null, today());
    }

    /** The client's answers, every version, for the therapist to read. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public AssignmentDetail submission(long assignmentId) {
        Assignment a = loadAsTherapist(assignmentId);
        // The therapist sees what was sent, never the client's unsent draft.
        List<AnswerSet> sent = answerSets.findSubmissions(assignmentId);
        var linked = HomeworkMapper.linkedMomentIds(a.fieldSpecs(), sent.stream().map(AnswerSet::answers).toList());
        Map<Long, app.tether.exceptionlog.MomentRef> moments = new java.util.HashMap<>();
        if (!linked.isEmpty()) {
            exceptions.linkedMoments(a.getCaseId(), linked).forEach(m -> moments.put(m.id(), m));
        }
        AssignmentDetail detail = HomeworkMapper.detail(a, partnerNameOf(a), today(), null, sent, Map.of(),
                access.closedOn(a.getCaseId()).orElse(null), moments, false,
                access.currentLens(a.getCaseId()).orElse(null));
        if (!a.isJoint()) {
            return detail;
        }
        // One shared answer: the comments written on either partner's copy are read together.
        List<ReviewCommentRecord> all = new ArrayList<>(detail.comments());
        assignments.findPartners(a.getPairKey(), a.getId()).forEach(p -> all.addAll(HomeworkMapper.comments(p)));
        all.sort(java.util.Comparator.comparing(ReviewCommentRecord::writtenAt));
        return detail.withComments(all);
    }

    /** Marks the latest submission reviewed; the comment is shown to the client. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public AssignmentSummary markReviewed(long assignmentId, String comment, long expectedVersion) {
        Assignment a = loadAsTherapist(assignmentId);
        access.requireOpen(a.getCaseId());
        a.checkVersion(expectedVersion);
        if (a.getStatus() != AssignmentStatus.SUBMITTED) {
            throw ValidationProblem.of("comment", "validation.review.nothingToReview");
        }
        String text = commentText(comment);
        a.reviewed(clock.instant(), text, therapistOf(a));
        if (a.isJoint()) {
            // One shared answer, one review: the partner's copy is reviewed with it (the comment stays on this one).
            assignments.findPartners(a.getPairKey(), a.getId()).stream()
                    .filter(p -> p.getStatus() == AssignmentStatus.SUBMITTED)
                    .forEach(p -> p.reviewed(clock.instant(), null, null));
        }
        assignments.flush();
        return HomeworkMapper.summary(a, null, today());
    }

    /**
     * A further comment on reviewed homework, for when the client has read the earlier one (an
     * unread comment is edited instead, see {@link #editComment}).
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public ReviewCommentRecord addComment(long assignmentId, String comment) {
        Assignment a = loadAsTherapist(assignmentId);
        access.requireOpen(a.getCaseId());
        if (a.getStatus() != AssignmentStatus.REVIEWED) {
            throw ValidationProblem.of("comment", "validation.review.notReviewed");
        }
        String text = commentText(comment);
        if (text == null) {
            throw ValidationProblem.of("comment", "validation.review.commentRequired");
        }
        ReviewComment added = a.addComment(therapistOf(a), text, clock.instant());
        assignments.flush();
        return HomeworkMapper.comment(added);
    }

    /**
     * Changes a review comment the client has not read yet. Once read it stays as it was: the
     * refusal asks for a new comment instead. {@code expectedVersion} is the comment's version the
     * screen showed.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public ReviewCommentRecord editComment(long commentId, String comment, long expectedVersion) {
        ReviewComment c = comments.findById(commentId)
                .orElseThrow(() -> new AccessDeniedException("Comment not available"));
        access.requireTreatingTherapistToChange(c.getAssignment().getCaseId());
        if (c.isRead()) {
            throw ValidationProblem.of("comment", "validation.review.commentRead");
        }
        c.checkVersion(expectedVersion);
        String text = commentText(comment);
        if (text == null) {
            throw ValidationProblem.of("comment", "validation.review.commentRequired");
        }
        c.edit(text, therapistOf(c.getAssignment()), clock.instant());
        comments.flush();
        return HomeworkMapper.comment(c);
    }

    /**
     * Sent homework waiting for review across the signed-in therapist's own cases, the longest
     * waiting first.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<WaitingReview> waitingForReview() {
        // A closed case's work is not waiting for anyone any more.
        Map<Long, String> titles = caseload.myOpenCaseTitles();
        if (titles.isEmpty()) {
            return List.of();
        }
        Set<String> jointSeen = new java.util.HashSet<>();
        List<Assignment> waiting = assignments.findWaitingForReview(titles.keySet());
        return waiting.stream()
                // A joint answer waits once, under both names.
                .filter(a -> !a.isJoint() || jointSeen.add(a.getPairKey()))
                .map(a -> new WaitingReview(a.getId(), a.getCaseId(), titles.get(a.getCaseId()), a.getClient().getId(),
                        a.isJoint() ? jointNames(a, waiting) : a.getClient().getDisplayName(), a.isBuiltin(),
                        a.getTitle(), a.getStage(), a.getSubmittedAt()))
                .toList();
    }

    private String jointNames(Assignment a, List<Assignment> among) {
        String other = among.stream().filter(p -> a.getPairKey().equals(p.getPairKey()) && p != a)
                .map(p -> p.getClient().getDisplayName()).findFirst().orElse(partnerNameOf(a));
        return other == null ? a.getClient().getDisplayName()
                : tr.onScreen("hw.joint.pairNames", a.getClient().getDisplayName(), other);
    }

    private static String commentText(String comment) {
        String text = comment == null || comment.isBlank() ? null : comment.strip();
        if (text != null && text.length() > COMMENT_MAX) {
            throw ValidationProblem.of("comment", "validation.text.tooLong", COMMENT_MAX, text.length());
        }
        return text;
    }

    private app.tether.security.Account therapistOf(Assignment a) {
        return directory.find(access.requireTreatingTherapist(a.getCaseId()).accountId()).orElseThrow();
    }

    /**
     * A case's homework as it stood at {@code asOf} (a session), for the printed summary: done only if
     * sent by then, reviewed only if reviewed by then, overdue if open past its due day, with key
     * answers from the latest submission sent by then, worded in {@code locale} (the reader's language)
     * where Tether adds words of its own ("Moment 2"). Newest assignment first; cancelled ones left out.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<HomeworkLine> summaryLines(long caseId, java.time.Instant asOf, java.util.Locale locale) {
        access.requireTreatingTherapist(caseId);
        LocalDate asOfDay = LocalDate.ofInstant(asOf, clock.getZone());
        Map<Long, List<AnswerSet>> sent = new java.util.HashMap<>();
        for (AnswerSet s : answerSets.findSubmissionsOfCase(caseId)) {
            sent.computeIfAbsent(s.getAssignment().getId(), k -> new ArrayList<>()).add(s);
        }
        List<Assignment> all = assignments.findByCase(caseId);
        // A joint copy's partner is the other copy with its pair key, among the rows already read.
        Map<String, List<Assignment>> pairs = all.stream().filter(Assignment::isJoint)
                .collect(Collectors.groupingBy(Assignment::getPairKey));
        return all.stream().filter(a -> a.getStatus() != AssignmentStatus.CANCELLED)
                .map(a -> {
                    AnswerSet s = sent.getOrDefault(a.getId(), List.of()).stream()
                            .filter(x -> !x.getSavedAt().isAfter(asOf)).findFirst().orElse(null);
                    AssignmentStatus status = s == null ? AssignmentStatus.OPEN
                            : a.getReviewedAt() != null && !a.getReviewedAt().isAfter(asOf) ? AssignmentStatus.REVIEWED
                            : AssignmentStatus.SUBMITTED;
                    boolean overdue = status == AssignmentStatus.OPEN && a.getDueOn() != null
                            && a.getDueOn().isBefore(asOfDay);
                    // A joint answer is on each partner's line (so each client copy has it), named as shared; the
                    // therapist's record prints the pair once (SessionSummaryService).
                    String partner = !a.isJoint() ? null : pairs.get(a.getPairKey()).stream()
                            .filter(p -> !p.getId().equals(a.getId())).map(p -> p.getClient().getDisplayName())
                            .findFirst().orElse(null);
                    String name = partner != null
                            ? tr.t(locale, "hw.joint.summaryName", a.getClient().getDisplayName(), partner)
                            : a.getClient().getDisplayName();
                    return new HomeworkLine(a.getId(), a.getClient().getId(), name,
                            a.isBuiltin(), a.getTitle(), a.getStage(), status, overdue, a.getDueOn(),
                            a.getAssignedAt(), s == null ? null : s.getSavedAt(),
                            s == null ? List.of() : KeyAnswers.withLens(a.isBuiltin(), a.fieldSpecs(), s.answers(),
                                    tr, locale), a.isJoint() ? a.getPairKey() : null);
                }).toList();
    }

    /**
     * The review comments on a case's homework written by {@code asOf} (a session), oldest first, for the
     * printed summary, each with the therapist who wrote it.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<ReviewNote> reviewNotes(long caseId, java.time.Instant asOf) {
        access.requireTreatingTherapist(caseId);
        return comments.notesOf(caseId, asOf);
    }

    private Assignment loadAsTherapist(long assignmentId) {
        Assignment a = assignments.findById(assignmentId)
                .orElseThrow(() -> new AccessDeniedException("Homework not available"));
        access.requireTreatingTherapist(a.getCaseId());
        return a;
    }

    private String partnerNameOf(Assignment a) {
        if (a.getPairKey() == null) {
            return null;
        }
        return assignments.findPartners(a.getPairKey(), a.getId()).stream()
                .map(p -> p.getClient().getDisplayName()).findFirst().orElse(null);
    }

    private static String partnerName(Assignment a, CaseDetails details) {
        if (a.getPairKey() == null) {
            return null;
        }
        return details.clients().stream().filter(c -> c.accountId() != a.getClient().getId())
                .map(ClientRef::displayName).findFirst().orElse(null);
    }

    /** The practice's today: due days and weeks are the practice's (decision record 034). */
    private LocalDate today() {
        return weekly.today();
    }

    private LocalDate defaultDue(CaseDetails details, int stage) {
        LocalDate today = today();
        if (details.enrolment() == null) {
            return today.plusDays(7);
        }
        LocalDate nominal = details.enrolment().start().plusDays(Stage.of(stage).lastDay() - 1L);
        return nominal.isBefore(today.plusDays(2)) ? today.plusDays(7) : nominal;
    }

    /**
     * The stage set to offer: the current stage's while none of it is assigned, else the next
     * stage's once everything of the current set was sent in (and none of the next is assigned).
     */
    private Integer suggestion(CaseDetails details, List<Assignment> all) {
        if (details.enrolment() == null) {
            return null;
        }
        int stage = details.enrolment().stage().number();
        List<Assignment> current = liveFrameworkHomework(all, stage);
        if (current.isEmpty()) {
            return stage;
        }
        boolean done = current.stream().allMatch(a -> a.getStatus() == AssignmentStatus.SUBMITTED
                || a.getStatus() == AssignmentStatus.REVIEWED);
        return done && stage < 6 && liveFrameworkHomework(all, stage + 1).isEmpty() ? stage + 1 : null;
    }

    private static List<Assignment> liveFrameworkHomework(List<Assignment> all, int stage) {
        return all.stream().filter(a -> a.isBuiltin() && !LetterExercises.isLetter(a.getExerciseCode())
                        && a.getStage() == stage && a.getRecurrence() == null
                && a.getStatus() != AssignmentStatus.CANCELLED).toList();
    }

    static boolean sameClient(Assignment a, long clientId) {
        return Objects.equals(a.getClient().getId(), clientId);
    }
}
