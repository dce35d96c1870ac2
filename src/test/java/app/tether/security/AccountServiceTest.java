package app.tether.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.base.ValidationProblem;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class AccountServiceTest {

    @Autowired AccountService accounts;
    @Autowired AccountRepository repository;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired UserDetailsService userDetails;
    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
    }

    private static String uniqueName() {
        return "new." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void admin_creates_an_account_with_an_argon2_hashed_temporary_password() {
        String username = uniqueName();
        CreatedAccount created = users.as("admin",
                () -> accounts.createAccount(new NewAccount("  " + username.toUpperCase() + " ", " Xu Wen ", Role.CLIENT)));
        assertThat(created.account().username()).isEqualTo(username);
        assertThat(created.account().displayName()).isEqualTo("Xu Wen");
        assertThat(created.temporaryPassword()).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");
        Account stored = repository.findByUsername(username).orElseThrow();
        assertThat(stored.getPasswordHash()).startsWith("{argon2}$argon2id$").doesNotContain(created.temporaryPassword());
        assertThat(passwordEncoder.matches(created.temporaryPassword(), stored.getPasswordHash())).isTrue();
    }

    @Test
    void a_duplicate_username_and_an_empty_name_are_reported_per_field() {
        assertThatThrownBy(() -> users.run("admin",
                () -> accounts.createAccount(new NewAccount("therapist", "   ", Role.THERAPIST))))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors())
                        .extracting(ValidationProblem.FieldError::field, ValidationProblem.FieldError::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("username", "validation.username.taken"),
                                org.assertj.core.groups.Tuple.tuple("displayName", "validation.name.required")));
        assertThatThrownBy(() -> users.run("admin",
                () -> accounts.createAccount(new NewAccount("a b", "Name", Role.CLIENT))))
                .isInstanceOfSatisfying(ValidationProblem.class,
                        p -> assertThat(p.errors().getFirst().messageKey()).isEqualTo("validation.username.format"));
    }

    @Test
    void deactivating_disables_sign_in_and_reactivating_restores_it() {
        var created = users.as("admin", () -> accounts.createAccount(new NewAccount(uniqueName(), "Tan Yi", Role.CLIENT)));
        users.run("admin", () -> accounts.setActive(created.account().id(), false));
        assertThat(userDetails.loadUserByUsername(created.account().username()).isEnabled()).isFalse();
        users.run("admin", () -> accounts.setActive(created.account().id(), true));
        assertThat(userDetails.loadUserByUsername(created.account().username()).isEnabled()).isTrue();
    }

    @Test
    void an_admin_cannot_deactivate_themselves() {
        long adminId = repository.findByUsername("admin").orElseThrow().getId();
        assertThatThrownBy(() -> users.run("admin", () -> accounts.setActive(adminId, false)))
                .isInstanceOf(ValidationProblem.class);
        assertThat(repository.findByUsername("admin").orElseThrow().isActive()).isTrue();
    }

    @Test
    void a_password_reset_replaces_the_old_password() {
        var created = users.as("admin", () -> accounts.createAccount(new NewAccount(uniqueName(), "Lu Qing", Role.CLIENT)));
        String fresh = users.as("admin", () -> accounts.resetPassword(created.account().id()));
        String hash = repository.findById(created.account().id()).orElseThrow().getPasswordHash();
        assertThat(passwordEncoder.matches(fresh, hash)).isTrue();
        assertThat(passwordEncoder.matches(created.temporaryPassword(), hash)).isFalse();
    }

    @Test
    void a_temporary_password_must_be_replaced_and_the_new_one_is_checked() {
        var created = users.as("admin", () -> accounts.createAccount(new NewAccount(uniqueName(), "Zeng Yi", Role.CLIENT)));
        String name = created.account().username();
        String temp = created.temporaryPassword();
        assertThat(users.as(name, accounts::mustChangePassword)).isTrue();
        assertThatThrownBy(() -> users.run(name, () -> accounts.changeOwnPassword("wrong", "short", "other")))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors())
                        .extracting(ValidationProblem.FieldError::messageKey).containsExactlyInAnyOrder(
                                "validation.password.currentWrong", "validation.password.tooShort",
                                "validation.password.repeat"));
        assertThatThrownBy(() -> users.run(name, () -> accounts.changeOwnPassword(temp, temp, temp)))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors().getFirst().messageKey())
                        .isIn("validation.password.same", "validation.password.tooShort"));
        users.run(name, () -> accounts.changeOwnPassword(temp, "a long quiet river", "a long quiet river"));
        assertThat(users.as(name, accounts::mustChangePassword)).isFalse();
        String hash = repository.findByUsername(name).orElseThrow().getPasswordHash();
        assertThat(passwordEncoder.matches("a long quiet river", hash)).isTrue();
        users.run("admin", () -> accounts.resetPassword(created.account().id()));
        assertThat(users.as(name, accounts::mustChangePassword)).isTrue();
    }

    @Test
    void demo_accounts_have_their_own_passwords() {
        assertThat(users.as("therapist", accounts::mustChangePassword)).isFalse();
    }

    @Test
    void therapists_and_clients_cannot_administer_accounts() {
        long someone = repository.findByUsername("liu.jia").orElseThrow().getId();
        for (String who : new String[] {"therapist", "chen.jing"}) {
            assertThatThrownBy(() -> users.run(who, accounts::listAccounts)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> accounts.listActive(Role.CLIENT)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> accounts.createAccount(
                    new NewAccount(uniqueName(), "X", Role.ADMIN)))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> accounts.setActive(someone, false)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> accounts.resetPassword(someone)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(repository.findById(someone).orElseThrow().isActive()).isTrue();
    }
}
