package app.tether.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Codes against RFC 6238's own test vectors (SHA-1), on a fixed clock. */
class TotpTest {

    // "12345678901234567890" in Base32, the RFC's SHA-1 seed.
    static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void codes_match_the_rfc_vectors_cut_to_six_digits() {
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(59)))).isEqualTo("287082");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1111111109)))).isEqualTo("081804");
        assertThat(Totp.code(RFC_SECRET, Totp.step(Instant.ofEpochSecond(1234567890)))).isEqualTo("005924");
    }

    @Test
    void one_step_either_side_is_accepted_and_no_more() {
        Instant now = Instant.ofEpochSecond(1_700_000_000);
        long step = Totp.step(now);
        for (long s = step - 1; s <= step + 1; s++) {
            assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, s), now, 0)).hasValue(s);
        }
        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step - 2), now, 0)).isEmpty();
        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now, 0)).isEmpty();
    }

    @Test
    void a_code_of_a_step_already_used_or_older_is_refused() {
        Instant now = Instant.ofEpochSecond(1_700_000_000);
        long step = Totp.step(now);
        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step), now, step)).isEmpty();
        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now, step)).isEmpty();
        assertThat(Totp.match(RFC_SECRET, Totp.code(RFC_SECRET, step + 1), now, step)).hasValue(step + 1);
    }

    @Test
    void secrets_uris_and_grouping_suit_authenticator_apps() {
        String secret = Totp.newSecret();
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(Totp.uri(secret, "maya.l")).startsWith("otpauth://totp/Tether%3Amaya.l?secret=" + secret + "&issuer=Tether");
        assertThat(Totp.grouped("ABCDEFGHIJKL")).isEqualTo("ABCD EFGH IJKL");
        assertThat(Totp.match(secret, "12345", Instant.now(), 0)).isEmpty();
        assertThat(Totp.match(secret, null, Instant.now(), 0)).isEmpty();
    }
}
