package app.tether.security;

import com.bastiaanjansen.otp.HMACAlgorithm;
import com.bastiaanjansen.otp.SecretGenerator;
import com.bastiaanjansen.otp.TOTPGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * RFC 6238 codes as authenticator apps make them: 30-second steps, 6 digits, HMAC-SHA-1 (the
 * only algorithm every app supports). One step either side is accepted for clock drift.
 */
final class Totp {

    static final int DIGITS = 6;
    static final long PERIOD_SECONDS = 30;
    static final int TOLERANCE_STEPS = 1;

    private Totp() {
    }

    /** A new 160-bit secret, Base32 as apps expect it. */
    static String newSecret() {
        return new String(SecretGenerator.generate(160), StandardCharsets.US_ASCII);
    }

    static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    static String code(String base32Secret, long step) {
        return generator(base32Secret).at(Instant.ofEpochSecond(step * PERIOD_SECONDS));
    }

    /**
     * The step whose code matches, if it is within tolerance of {@code now} and later than
     * {@code lastUsedStep}; a code is never accepted twice.
     */
    static OptionalLong match(String base32Secret, String code, Instant now, long lastUsedStep) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        byte[] given = code.getBytes(StandardCharsets.US_ASCII);
        OptionalLong found = OptionalLong.empty();
        for (long s = current - TOLERANCE_STEPS; s <= current + TOLERANCE_STEPS; s++) {
            // Compare all candidates in constant time; keep the first match.
            boolean same = MessageDigest.isEqual(given, code(base32Secret, s).getBytes(StandardCharsets.US_ASCII));
            if (same && found.isEmpty() && s > lastUsedStep) {
                found = OptionalLong.of(s);
            }
        }
        return found;
    }

    /** otpauth URI for authenticator apps: label "Tether:username", issuer Tether. */
    static String uri(String base32Secret, String username) {
        String label = encode("Tether:" + username);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=Tether&algorithm=SHA1&digits="
                + DIGITS + "&period=" + PERIOD_SECONDS;
    }

    /** The secret in groups of four for typing it by hand. */
    static String grouped(String base32Secret) {
        return base32Secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static TOTPGenerator generator(String base32Secret) {
        return new TOTPGenerator.Builder(base32Secret)
                .withHOTPGenerator(b -> b.withPasswordLength(DIGITS).withAlgorithm(HMACAlgorithm.SHA1))
                .withPeriod(Duration.ofSeconds(PERIOD_SECONDS))
                .build();
    }
}
