package app.tether.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestUsers;
import app.tether.WebClient;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseProvisioning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The policy through the service, long passwords over real HTTP, and the move from bcrypt to argon2. */
@IntegrationTest
class PasswordHashingTest {

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired AccountRepository repository;
    @Autowired AccountProvisioning provisioning;
    @Autowired CaseProvisioning cases;
    @Autowired UserDetailsService userDetails;
    @Autowired PasswordEncoder passwordEncoder;
    TestData data;
    TestUsers users;

    @BeforeEach
    void setUp() {
        data = new TestData(provisioning, cases);
        users = new TestUsers(userDetails);
    }

    private String refusalOf(String who, String fresh) {
        try {
            users.run(who, () -> accounts.changeOwnPassword(TestData.PASSWORD, fresh, fresh));
            return null;
        } catch (ValidationProblem p) {
            assertThat(p.errors()).allSatisfy(e -> assertThat(e.field()).isEqualTo("fresh"));
            return p.errors().getFirst().messageKey();
        }
    }

    @Test
    void the_form_refuses_short_common_and_personal_passwords() {
        var person = data.client("Wang Fang");
        assertThat(refusalOf(person.username(), "Vq8!zR3")).isEqualTo("validation.password.tooShort");
        assertThat(refusalOf(person.username(), "password123")).isEqualTo("validation.password.common");
        assertThat(refusalOf(person.username(), "qwertyuiop")).isEqualTo("validation.password.common");
        assertThat(refusalOf(person.username(), "my " + person.username() + " key")).isEqualTo("validation.password.personal");
        assertThat(refusalOf(person.username(), "wangfang lantern 7")).isEqualTo("validation.password.personal");
        assertThat(refusalOf(person.username(), "Vq8!zR3w")).isNull();
    }

    @Test
    void a_100_character_multibyte_passphrase_is_accepted_and_signs_in() throws Exception {
        var person = data.client("Li Na");
        String phrase = PasswordPolicyTest.longPassphrase();
        assertThat(refusalOf(person.username(), phrase)).isNull();
        String hash = repository.findByUsername(person.username()).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{argon2}$argon2id$v=19$m=19456,t=2,p=1$");

        assertThat(new WebClient(port).signIn(person.username(), phrase)).doesNotContain("error");
        // Every character counts: bcrypt would have let the first 72 bytes alone through.
        String cut = phrase.substring(0, phrase.offsetByCodePoints(0, 99));
        assertThat(new WebClient(port).signIn(person.username(), cut)).endsWith("/login?error");
    }

    @Test
    void an_old_bcrypt_hash_still_signs_in_and_is_moved_to_argon2() throws Exception {
        var person = data.therapist();
        Account account = repository.findByUsername(person.username()).orElseThrow();
        account.setOwnPassword("{bcrypt}" + new BCryptPasswordEncoder().encode(TestData.PASSWORD));
        repository.saveAndFlush(account);
        assertThat(repository.findByUsername(person.username()).orElseThrow().getPasswordHash()).startsWith("{bcrypt}");

        assertThat(new WebClient(port).signIn(person.username(), "wrong password")).endsWith("/login?error");
        assertThat(repository.findByUsername(person.username()).orElseThrow().getPasswordHash())
                .as("a failed sign-in changes nothing").startsWith("{bcrypt}");

        assertThat(new WebClient(port).signIn(person.username(), TestData.PASSWORD)).doesNotContain("error");
        String upgraded = repository.findByUsername(person.username()).orElseThrow().getPasswordHash();
        assertThat(upgraded).startsWith("{argon2}$argon2id$");
        assertThat(passwordEncoder.matches(TestData.PASSWORD, upgraded)).isTrue();
        assertThat(new WebClient(port).signIn(person.username(), TestData.PASSWORD)).doesNotContain("error");
        assertThat(repository.findByUsername(person.username()).orElseThrow().getPasswordHash())
                .as("an argon2 hash with today's parameters stays as it is").isEqualTo(upgraded);
    }

    @Test
    void temporary_passwords_from_the_admin_meet_the_policy() {
        var person = data.client("Guo Mei");
        for (int i = 0; i < 3; i++) {
            String temp = users.as("admin", () -> accounts.resetPassword(person.id()));
            assertThat(new PasswordPolicy().check(temp, person.username(), person.displayName())).isEmpty();
        }
        assertThatThrownBy(() -> users.run("therapist", () -> accounts.resetPassword(person.id())))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
