package app.tether.security;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** Readable random passwords (no look-alike characters) that an admin can pass on. */
@Component
class TemporaryPasswords {

    private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private final SecureRandom random = new SecureRandom();

    String generate() {
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
