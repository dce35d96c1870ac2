package app.tether.security;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** Readable random passwords (no look-alike characters) that an admin can pass on. */
@Component
class TemporaryPasswords {

    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private final SecureRandom random = new SecureRandom();
    private final PasswordPolicy policy;

    TemporaryPasswords(PasswordPolicy policy) {
        this.policy = policy;
    }

    /**
     * About 59 random bits, yet a draw can spell a sequence or a word the policy refuses ("abcd"):
     * such draws are thrown away, so a temporary password is always one the person could have chosen.
     */
    String generate() {
        while (true) {
            String candidate = draw();
            if (policy.check(candidate).isEmpty()) {
                return candidate;
            }
        }
    }

    private String draw() {
        StringBuilder sb = new StringBuilder(14);
        for (int group = 0; group < 3; group++) {
            if (group > 0) {
                sb.append('-');
            }
            for (int i = 0; i < 4; i++) {
                sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
            }
        }
        return sb.toString();
    }
}
