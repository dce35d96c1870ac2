package app.tether.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.base.Language;
import app.tether.base.ValidationProblem;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Each person chooses their own language; nobody chooses anyone else's (decision 024). */
@IntegrationTest
class AccountLanguageTest {

    @Autowired AccountService accounts;
    @Autowired AccountRepository repository;
    @Autowired AccountLanguage chosen;
    @Autowired UserDetailsService userDetails;
    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
    }

    private String newClient() {
        String username = "lang." + UUID.randomUUID().toString().substring(0, 8);
        users.run("admin", () -> accounts.createAccount(new NewAccount(username, "Xu Wen", Role.CLIENT)));
        return username;
    }

    @Test
    void a_new_account_follows_the_browser_until_its_person_chooses() {
        String xu = newClient();
        assertThat(users.as(xu, () -> accounts.myLanguage())).isEmpty();
        assertThat(users.as(xu, () -> chosen.ofSignedInPerson())).isEmpty();
    }

    @Test
    void choosing_a_language_keeps_it_for_that_person_only() {
        String xu = newClient();
        String other = newClient();
        users.run(xu, () -> accounts.changeOwnLanguage(Language.SIMPLIFIED_CHINESE));

        assertThat(repository.findByUsername(xu).orElseThrow().getLanguage()).isEqualTo(Language.SIMPLIFIED_CHINESE);
        assertThat(users.as(xu, () -> accounts.myLanguage())).contains(Language.SIMPLIFIED_CHINESE);
        assertThat(users.as(xu, () -> chosen.ofSignedInPerson())).contains(Language.SIMPLIFIED_CHINESE);
        assertThat(repository.findByUsername(other).orElseThrow().getLanguage()).isNull();
        assertThat(users.as(other, () -> chosen.ofSignedInPerson())).isEmpty();

        users.run(xu, () -> accounts.changeOwnLanguage(Language.ENGLISH));
        assertThat(repository.findByUsername(xu).orElseThrow().getLanguage()).isEqualTo(Language.ENGLISH);
    }

    @Test
    void no_language_is_refused_and_nobody_signed_out_can_choose() {
        String xu = newClient();
        assertThatThrownBy(() -> users.run(xu, () -> accounts.changeOwnLanguage(null)))
                .isInstanceOfSatisfying(ValidationProblem.class,
                        p -> assertThat(p.errors().getFirst().messageKey()).isEqualTo("validation.language.required"));
        assertThatThrownBy(() -> accounts.changeOwnLanguage(Language.SIMPLIFIED_CHINESE))
                .isInstanceOfAny(AccessDeniedException.class,
                        org.springframework.security.core.AuthenticationException.class);
        assertThat(chosen.ofSignedInPerson()).isEmpty();
    }
}
