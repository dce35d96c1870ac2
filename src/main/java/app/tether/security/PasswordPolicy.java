package app.tether.security;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Feedback;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.stereotype.Component;

/**
 * The one place that decides whether a new password is acceptable (OWASP ASVS 5, docs/decisions/009):
 * a length range counted in code points, no composition rules, and nbvcxz's dictionaries to refuse
 * common and easily guessed passwords. Also refuses one that contains the person's username or name.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** What the form recommends; not enforced. */
    public static final int RECOMMENDED_LENGTH = 15;
    /** Code points; Argon2 takes any length, this only bounds the work per attempt. */
    public static final int MAX_LENGTH = 128;

    /** Why a password was refused: a message key for translations.properties and its arguments. */
    public record Refusal(String messageKey, Object... args) {
    }

    // Loading the dictionaries takes about half a second, so it is done once, at start-up.
    // The instance holds only its immutable configuration and is shared between threads.
    private final Nbvcxz nbvcxz = new Nbvcxz(new ConfigurationBuilder()
            // The UI is English only; Locale.ROOT keeps the JVM's default locale out of the feedback.
            .setLocale(Locale.ROOT)
            .createConfiguration());

    /**
     * Why this password must not be used, or empty when it may. The personal details (username,
     * display name) must not appear in it.
     */
    public Optional<Refusal> check(String password, String... personal) {
        if (password == null || password.isEmpty()) {
            return Optional.of(new Refusal("validation.password.tooShort", MIN_LENGTH));
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of(new Refusal("validation.password.tooShort", MIN_LENGTH));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new Refusal("validation.password.tooLong", MAX_LENGTH, length));
        }
        String folded = fold(password);
        for (String p : personal) {
            String part = p == null ? "" : fold(p);
            if (part.length() >= 3 && folded.contains(part)) {
                return Optional.of(new Refusal("validation.password.personal"));
            }
        }
        Result result = nbvcxz.estimate(password);
        if (!result.isMinimumEntropyMet()) {
            String advice = advice(result.getFeedback());
            return Optional.of(advice.isEmpty() ? new Refusal("validation.password.guessable")
                    : new Refusal("validation.password.common", advice));
        }
        return Optional.empty();
    }

    /** The library's warning and suggestions as one sentence run, for the refusal message. */
    private static String advice(Feedback feedback) {
        List<String> parts = new ArrayList<>();
        if (feedback.getWarning() != null && !feedback.getWarning().isBlank()) {
            parts.add(feedback.getWarning());
        }
        feedback.getSuggestion().stream().filter(s -> s != null && !s.isBlank()).forEach(parts::add);
        return String.join(" ", parts);
    }

    /** Lower case, letters and digits only: "Chen Jing" is found in "chen.jing-2024". */
    private static String fold(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        n.codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }
}
