package app.tether.programme;

import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseAccessPolicy;
import app.tether.caseload.CaseloadService;
import app.tether.caseload.Enrolment;
import app.tether.security.CurrentUser;
import app.tether.security.Roles;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The practice's exercise library: the framework set plus exercises therapists write themselves. */
@Service
@Transactional
public class ExerciseLibraryService {

    public static final int TITLE_MAX = 160;
    public static final int INSTRUCTIONS_MAX = 4000;
    public static final int LABEL_MAX = 300;
    public static final int HELP_MAX = 600;
    public static final int LIST_MAX = 50;
    public static final int DAYS_MAX = 14;
    public static final int FIELDS_MAX = 20;

    private final ExerciseRepository exercises;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final CaseAccessPolicy access;
    private final CaseloadService caseload;

    ExerciseLibraryService(ExerciseRepository exercises, CurrentUser currentUser, Clock clock, CaseAccessPolicy access,
                           CaseloadService caseload) {
        this.access = access;
        this.caseload = caseload;
        this.exercises = exercises;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Every exercise, by stage, framework ones first. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<ExerciseDefinition> library() {
        return exercises.findAllByOrderByStageAscBuiltinDescIdAsc().stream().map(Exercise::definition).toList();
    }

    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public ExerciseDefinition exercise(long exerciseId) {
        return load(exerciseId).definition();
    }

    /** The three framework exercises of a stage, in programme order. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<ExerciseDefinition> stageSet(int stage) {
        return exercises.findByStageAndBuiltinTrueOrderByIdAsc(stage).stream()
                .filter(e -> !LetterExercises.isLetter(e.getCode())).map(Exercise::definition).toList();
    }

    @PreAuthorize(Roles.HAS_THERAPIST)
    public ExerciseDefinition create(ExerciseDraft draft) {
        List<FieldSpec> fields = validate(draft);
        Exercise e = new Exercise(null, false, currentUser.require().accountId(), clock.instant());
        e.define(draft.stage(), draft.title().strip(), draft.instructions().strip(),
                draft.recurrence(), false, fields);
        e.tag(draft.lenses(), draft.stages());
        return exercises.saveAndFlush(e).definition();
    }

    /**
     * The exercises tagged for the case's current lens and stage (its own stage or a tagged one): the
     * practice's own and the built-in letters (decision record 035), for the assign form's "Suggested for
     * this lens"; empty while the case is not enrolled.
     * Every therapist sees the whole library, so suggestions are drawn from all of it.
     */
    @PreAuthorize(Roles.HAS_THERAPIST)
    @Transactional(readOnly = true)
    public List<ExerciseDefinition> suggestedFor(long caseId) {
        access.requireTreatingTherapist(caseId);
        Enrolment enrolment = caseload.caseDetails(caseId).enrolment();
        if (enrolment == null) {
            return List.of();
        }
        int atStage = enrolment.stage().number();
        return exercises.findTaggedWith(enrolment.lens()).stream().map(Exercise::definition)
                .filter(d -> d.suits(enrolment.lens(), atStage)).toList();
    }

    /** Only the author edits their exercise, tags included; homework already assigned keeps its own copy. */
    @PreAuthorize(Roles.HAS_THERAPIST)
    public ExerciseDefinition update(long exerciseId, ExerciseDraft draft, long expectedVersion) {
        Exercise e = load(exerciseId);
        ExerciseDefinition current = e.definition();
        if (current.builtin() || !Objects.equals(current.createdBy(), currentUser.require().accountId())) {
            throw new AccessDeniedException("Only the author edits this exercise");
        }
        e.checkVersion(expectedVersion);
        List<FieldSpec> fields = validate(draft);
        e.define(draft.stage(), draft.title().strip(), draft.instructions().strip(),
                draft.recurrence(), false, fields);
        e.tag(draft.lenses(), draft.stages());
        exercises.flush();
        return e.definition();
    }

    private Exercise load(long id) {
        return exercises.findById(id).orElseThrow(() -> new AccessDeniedException("No such exercise"));
    }

    private static List<FieldSpec> validate(ExerciseDraft d) {
        var problems = new ValidationProblem.Collector();
        String title = d.title() == null ? "" : d.title().strip();
        if (title.isEmpty()) {
            problems.add("title", "validation.exercise.titleRequired");
        } else if (title.length() > TITLE_MAX) {
            problems.add("title", "validation.text.tooLong", TITLE_MAX, title.length());
        }
        if (d.stage() == null || d.stage() < 1 || d.stage() > 6) {
            problems.add("stage", "validation.stage.range");
        }
        if (d.stages().stream().anyMatch(s -> s == null || s < 1 || s > 6)) {
            problems.add("stages", "validation.stage.range");
        }
        String instructions = d.instructions() == null ? "" : d.instructions().strip();
        if (instructions.isEmpty()) {
            problems.add("instructions", "validation.exercise.instructionsRequired");
        } else if (instructions.length() > INSTRUCTIONS_MAX) {
            problems.add("instructions", "validation.text.tooLong", INSTRUCTIONS_MAX, instructions.length());
        }
        List<ExerciseDraft.FieldDraft> drafts = d.fields() == null ? List.of() : d.fields();
        if (drafts.isEmpty()) {
            problems.add("fields", "validation.exercise.fieldsRequired");
        } else if (drafts.size() > FIELDS_MAX) {
            problems.add("fields", "validation.exercise.tooManyFields", FIELDS_MAX);
        }
        List<FieldSpec> specs = new ArrayList<>();
        boolean letterSeen = false;
        for (int i = 0; i < drafts.size(); i++) {
            var f = drafts.get(i);
            String field = "field." + i;
            String label = f.label() == null ? "" : f.label().strip();
            String help = f.help() == null || f.help().isBlank() ? null : f.help().strip();
            if (label.isEmpty()) {
                problems.add(field, "validation.exercise.labelRequired", i + 1);
            } else if (label.length() > LABEL_MAX) {
                problems.add(field, "validation.text.tooLong", LABEL_MAX, label.length());
            }
            if (help != null && help.length() > HELP_MAX) {
                problems.add(field, "validation.text.tooLong", HELP_MAX, help.length());
            }
            FieldKind kind = f.kind() == null ? FieldKind.TEXT : f.kind();
            int min;
            int max;
            switch (kind) {
                case LIST, RANKED -> {
                    min = f.minItems() == null ? 1 : f.minItems();
                    max = f.maxItems() == null ? 10 : f.maxItems();
                    if (min < 0 || max < 1 || min > max || max > LIST_MAX) {
                        problems.add(field, "validation.exercise.listRange", LIST_MAX);
                    }
                }
                case DAYS -> {
                    max = f.maxItems() == null ? 3 : f.maxItems();
                    min = f.required() ? max : 0;
                    if (max < 1 || max > DAYS_MAX) {
                        problems.add(field, "validation.exercise.daysRange", DAYS_MAX);
                    }
                }
                case RATING -> {
                    min = f.required() ? 1 : 0;
                    max = 1;
                }
                case LETTER -> {
                    // One letter per exercise: it is what the client keeps as a PDF (decision record 035).
                    if (letterSeen) {
                        problems.add(field, "validation.exercise.oneLetter");
                    }
                    letterSeen = true;
                    min = f.required() ? 1 : 0;
                    max = 1;
                }
                case PICK, MOMENTS, PER_MOMENT -> {
                    problems.add(field, "validation.exercise.pickNotOffered");
                    min = 0;
                    max = 1;
                }
                default -> {
                    min = f.required() ? 1 : 0;
                    max = 1;
                }
            }
            specs.add(new FieldSpec("f" + (i + 1), kind, label, help, min, max,
                    kind == FieldKind.RATING ? 2 : kind == FieldKind.LETTER ? FieldSpec.LETTER_MAX_LENGTH
                            : FieldSpec.DEFAULT_MAX_LENGTH, null));
        }
        problems.throwIfAny();
        return specs;
    }
}
