package app.tether.caseload;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The five lenses through which a case works the programme (see DOMAIN.md). Each lens brings, per
 * stage, one or two optional prompts for the client and a short note for the therapist (decision
 * record 032). A prompt's key is both its message key and the key its answer is stored under, so an
 * answer always says which lens it was given under.
 */
public enum Lens {
    IDENTITY_MIGRATION(2, 1, 2, 1, 1, 2),
    NARRATIVE(2, 1, 1, 2, 1, 2),
    RELATIONSHIP_IMAGES(2, 1, 2, 1, 1, 1),
    CONNECTION(1, 1, 1, 1, 1, 2),
    THERAPEUTIC_LETTERS(1, 1, 1, 1, 1, 2);

    /** Every lens prompt key starts with this, and nothing else a form stores does. */
    public static final String PROMPT_PREFIX = "lens.";

    private static final java.util.regex.Pattern PROMPT_KEY =
            java.util.regex.Pattern.compile("lens\\.([A-Z_]+)\\.s[1-6]\\.p[1-9]");

    /** How many prompts the lens brings at stages 1 to 6. */
    private final int[] promptsPerStage;

    Lens(int... promptsPerStage) {
        this.promptsPerStage = promptsPerStage;
    }

    /** Message key of the lens name. */
    public String labelKey() {
        return "lens." + name();
    }

    /** Message key of the lens's one-line description, shown where a lens is chosen. */
    public String descriptionKey() {
        return "lens." + name() + ".desc";
    }

    /** The client's optional prompts at a stage (1-6), in order: message keys and answer keys at once. */
    public List<String> promptKeys(int stage) {
        Stage.of(stage);
        List<String> keys = new ArrayList<>();
        for (int i = 1; i <= promptsPerStage[stage - 1]; i++) {
            keys.add(PROMPT_PREFIX + name() + ".s" + stage + ".p" + i);
        }
        return List.copyOf(keys);
    }

    /** Message key of the therapist's note for this lens at a stage (1-6). */
    public String guidanceKey(int stage) {
        Stage.of(stage);
        return "lens." + name() + ".s" + stage + ".guide";
    }

    /** The lens an answer key was asked under, if it is a lens prompt's key. */
    public static Optional<Lens> ofPromptKey(String key) {
        if (key == null || !key.startsWith(PROMPT_PREFIX)) {
            return Optional.empty();
        }
        var m = PROMPT_KEY.matcher(key);
        if (!m.matches()) {
            return Optional.empty();
        }
        for (Lens lens : values()) {
            if (lens.name().equals(m.group(1))) {
                return Optional.of(lens);
            }
        }
        return Optional.empty();
    }

    /** Whether an answer key belongs to a lens prompt rather than to the exercise's own prompts. */
    public static boolean isPromptKey(String key) {
        return ofPromptKey(key).isPresent();
    }
}
