package app.tether.benchmark;

import app.tether.IntegrationTest;
import app.tether.security.PasswordPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * What a sign-in and a password change cost: hashing with the configured encoder (argon2id),
 * verifying, and the password policy's guessability check. Figures go to
 * target/benchmark-sign-in.txt; nothing is asserted about time.
 */
@Tag("benchmark")
@IntegrationTest
class SignInBenchmarkTest {

    @Autowired PasswordEncoder encoder;
    @Autowired PasswordPolicy policy;

    @Test
    void hashing_and_the_password_policy() throws Exception {
        String phrase = "a quiet lantern orbits forty-two marigolds by the river";
        String hash = encoder.encode(phrase);
        List<String> report = new ArrayList<>();
        report.add(line("argon2id hash (new password)", Timing.of(3, 21, () -> encoder.encode(phrase))));
        report.add(line("argon2id verify (sign-in)", Timing.of(3, 21, () -> encoder.matches(phrase, hash))));
        String[] samples = {"password123", "qwertyuiop", "Vq8!zR3w", "a long quiet river", phrase};
        report.add(line("password policy check (5 samples)", Timing.of(3, 21, () -> {
            for (String s : samples) {
                policy.check(s);
            }
        })));
        report.forEach(System.out::println);
        Files.write(Path.of("target/benchmark-sign-in.txt"), report);
    }

    private static String line(String what, Timing t) {
        return String.format(Locale.ROOT, "%-36s median %7.1f ms   p90 %7.1f ms", what, t.medianMs(),
                t.percentileMs(0.9));
    }
}
