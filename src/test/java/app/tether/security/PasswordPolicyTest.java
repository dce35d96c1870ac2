package app.tether.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.ArgumentMatchers.any;

import app.tether.base.Translator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.mock.env.MockEnvironment;

/** The rules themselves, without the application: they need no database. */
class PasswordPolicyTest {

    static PasswordPolicy policy;

    @BeforeAll
    static void build() {
        long start = System.nanoTime();
        policy = new PasswordPolicy();
        System.out.printf("PasswordPolicy: nbvcxz built in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    private static String refusal(String password, String... personal) {
        return policy.check(password, personal).map(PasswordPolicy.Refusal::messageKey).orElse(null);
    }

    @Test
    void too_short_counts_characters_not_bytes() {
        assertThat(refusal("k7#Qm2v")).isEqualTo("validation.password.tooShort");
        assertThat(refusal("")).isEqualTo("validation.password.tooShort");
        assertThat(refusal(null)).isEqualTo("validation.password.tooShort");
        // Eight emoji are sixteen UTF-16 units but eight characters: long enough.
        assertThat(refusal("🌊🐉🍵🌿🦊🎐🪁🧭")).isNull();
    }

    @Test
    void common_and_keyboard_passwords_are_refused_with_the_libraries_advice() {
        for (String common : new String[] {"password123", "qwertyuiop", "iloveyou2024", "Summer2024!",
                "correct horse battery staple", "abcdefgh12345678"}) {
            assertThat(refusal(common)).as(common).isIn("validation.password.common", "validation.password.guessable");
        }
        var r = policy.check("password123").orElseThrow();
        assertThat(r.messageKey()).isEqualTo("validation.password.common");
        assertThat((String) r.args()[0]).contains("common password");
    }

    @Test
    void a_password_containing_the_username_or_name_is_refused() {
        assertThat(refusal("xq7-chen.jing-vb", "chen.jing", "Chen Jing")).isEqualTo("validation.password.personal");
        assertThat(refusal("ChenJing!rv82#t", "cj", "Chen Jing")).isEqualTo("validation.password.personal");
        assertThat(refusal("Vq8!zR3wmaple", "chen.jing", "Chen Jing")).isNull();
    }

    @Test
    void a_random_eight_character_password_and_a_long_multibyte_passphrase_are_accepted() {
        assertThat(refusal("Vq8!zR3w")).isNull();
        String phrase = longPassphrase();
        assertThat(phrase.codePointCount(0, phrase.length())).isEqualTo(100);
        assertThat(phrase.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(refusal(phrase)).isNull();
    }

    @Test
    void up_to_128_characters_no_more() {
        String random = randomText(128);
        assertThat(refusal(random)).isNull();
        assertThat(policy.check(random + "m").orElseThrow().args()).containsExactly(128, 129);
    }

    @Test
    void temporary_passwords_meet_the_policy() {
        var generator = new TemporaryPasswords(policy);
        for (int i = 0; i < 200; i++) {
            assertThat(policy.check(generator.generate())).isEmpty();
        }
    }

    @Test
    void the_bootstrap_admin_password_follows_the_same_policy() {
        var provisioning = mock(AccountProvisioning.class);
        when(provisioning.adminExists()).thenReturn(false);
        var env = new MockEnvironment().withProperty("tether.bootstrap-admin.username", "owner")
                .withProperty("tether.bootstrap-admin.password", "qwertyuiop");
        var bootstrap = new InitialAdminBootstrap(provisioning, env, policy, new Translator());
        assertThatThrownBy(() -> bootstrap.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("TETHER_BOOTSTRAP_ADMIN_PASSWORD is refused: This password is too common");
        verify(provisioning, never()).create(any(), any(), any(), any());

        env.setProperty("tether.bootstrap-admin.password", "Vq8!zR3w owner of the place");
        assertThatThrownBy(() -> bootstrap.run(new DefaultApplicationArguments()))
                .hasMessageContaining("username");
        env.setProperty("tether.bootstrap-admin.password", "Vq8!zR3w and a lantern");
        bootstrap.run(new DefaultApplicationArguments());
        verify(provisioning).create("owner", InitialAdminBootstrap.DISPLAY_NAME, Role.ADMIN, "Vq8!zR3w and a lantern");
    }

    private static String randomText(int length) {
        var random = new java.util.Random(9);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append((char) ('!' + random.nextInt(94)));
        }
        return out.toString();
    }

    /** 100 characters: Chinese, emoji (outside the BMP) and Latin, 200+ bytes in UTF-8. */
    static String longPassphrase() {
        String s = "我们在河边的小茶馆里慢慢地喝着绿茶🍵看着远处的山🏔️和飞过的白鹭🕊️ while the rain keeps falling softly on the old tin roof 🌧️ ok";
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(100).forEach(out::appendCodePoint);
        while (out.codePointCount(0, out.length()) < 100) {
            out.append('z');
        }
        return out.toString();
    }
}
