package app.tether.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestUsers;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseProvisioning;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The admin edits accounts (name, contact details), finds them, and renames themselves. */
@IntegrationTest
class AccountEditingTest {

    @Autowired AccountService accounts;
    @Autowired AccountRepository repository;
    @Autowired CurrentUser currentUser;
    @Autowired UserDetailsService userDetails;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired JdbcTemplate jdbc;
    TestUsers users;
    TestData data;

    @BeforeEach
    void setUp() {
        users = new TestUsers(userDetails);
        data = new TestData(accountProvisioning, caseProvisioning);
    }

    private AccountSummary summary(long id) {
        return users.as("admin", accounts::listAccounts).stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @Test
    void the_admin_changes_name_email_and_phone_and_only_field_names_are_audited() {
        var person = data.client("Wen Li");
        var before = summary(person.id());
        var after = users.as("admin", () -> accounts.updateAccount(person.id(),
                new AccountEdit("  Wen Li-Chen ", " wen.li@example.org ", " +44 20 7946 0958 "), before.version()));
        assertThat(after.displayName()).isEqualTo("Wen Li-Chen");
        assertThat(after.email()).isEqualTo("wen.li@example.org");
        assertThat(after.phone()).isEqualTo("+44 20 7946 0958");
        assertThat(after.version()).isGreaterThan(before.version());
        Account stored = repository.findById(person.id()).orElseThrow();
        assertThat(stored.getContactEmail()).isEqualTo("wen.li@example.org");
        List<String> details = jdbc.queryForList(
                "select detail from audit_event where action = 'ACCOUNT_CHANGED' and subject_id = ?", String.class,
                person.id());
        assertThat(details).containsExactly("changed:displayName,email,phone");

        // Emptying the contact details stores nulls.
        var cleared = users.as("admin", () -> accounts.updateAccount(person.id(),
                new AccountEdit("Wen Li-Chen", "  ", ""), after.version()));
        assertThat(cleared.email()).isNull();
        assertThat(cleared.phone()).isNull();
    }

    @Test
    void bad_values_are_reported_per_field_and_nothing_is_saved() {
        var person = data.client("Ma Lin");
        long version = summary(person.id()).version();
        assertThatThrownBy(() -> users.run("admin", () -> accounts.updateAccount(person.id(),
                new AccountEdit(" ", "not an email", "call me"), version)))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors())
                        .extracting(ValidationProblem.FieldError::field, ValidationProblem.FieldError::messageKey)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("displayName", "validation.name.required"),
                                org.assertj.core.groups.Tuple.tuple("email", "validation.email.format"),
                                org.assertj.core.groups.Tuple.tuple("phone", "validation.phone.format")));
        assertThatThrownBy(() -> users.run("admin", () -> accounts.updateAccount(person.id(),
                new AccountEdit("x".repeat(121), "a@" + "b".repeat(250) + ".org", "1".repeat(33)), version)))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors())
                        .extracting(ValidationProblem.FieldError::messageKey)
                        .containsExactlyInAnyOrder("validation.name.tooLong", "validation.email.tooLong",
                                "validation.phone.tooLong"));
        for (String email : new String[] {"a@b", "a b@c.org", "@c.org", "a@@c.org"}) {
            assertThatThrownBy(() -> users.run("admin", () -> accounts.updateAccount(person.id(),
                    new AccountEdit("Ma Lin", email, null), version)))
                    .as(email).isInstanceOf(ValidationProblem.class);
        }
        assertThatThrownBy(() -> users.run("admin", () -> accounts.updateAccount(person.id(),
                new AccountEdit("Ma Lin", null, "12-3"), version))).isInstanceOf(ValidationProblem.class);
        assertThat(repository.findById(person.id()).orElseThrow().getDisplayName()).isEqualTo("Ma Lin");
    }

    @Test
    void an_edit_of_an_older_copy_is_refused_and_the_newer_one_stays() {
        var person = data.client("Gao Yan");
        long version = summary(person.id()).version();
        users.run("admin", () -> accounts.updateAccount(person.id(), new AccountEdit("Gao Yan", "gao@example.org",
                null), version));
        assertThatThrownBy(() -> users.run("admin", () -> accounts.updateAccount(person.id(),
                new AccountEdit("Gao Y.", null, null), version))).isInstanceOf(StaleDataException.class);
        Account stored = repository.findById(person.id()).orElseThrow();
        assertThat(stored.getDisplayName()).isEqualTo("Gao Yan");
        assertThat(stored.getContactEmail()).isEqualTo("gao@example.org");
    }

    @Test
    void search_finds_by_name_username_and_email_ignoring_case_and_treats_wildcards_literally() {
        String marker = UUID.randomUUID().toString().substring(0, 6);
        var byName = data.client("Zhou Findme" + marker);
        var byEmail = data.client("Other Person");
        users.run("admin", () -> accounts.updateAccount(byEmail.id(),
                new AccountEdit("Other Person", "mail-" + marker + "@example.org", null),
                summary(byEmail.id()).version()));

        assertThat(users.as("admin", () -> accounts.searchAccounts("findme" + marker.toUpperCase())))
                .extracting(AccountSummary::id).containsExactly(byName.id());
        assertThat(users.as("admin", () -> accounts.searchAccounts(" MAIL-" + marker)))
                .extracting(AccountSummary::id).containsExactly(byEmail.id());
        assertThat(users.as("admin", () -> accounts.searchAccounts(byName.username())))
                .extracting(AccountSummary::id).containsExactly(byName.id());
        // As wildcards both would find "Findme<marker>"; taken literally, nothing (other tests may
        // well create names with a literal % or _ in them, so the marker keeps this to our people).
        assertThat(users.as("admin", () -> accounts.searchAccounts("%" + marker))).isEmpty();
        assertThat(users.as("admin", () -> accounts.searchAccounts("_" + marker))).isEmpty();
        assertThat(users.as("admin", () -> accounts.searchAccounts("  "))).hasSameSizeAs(
                users.as("admin", accounts::listAccounts));
    }

    @Test
    void an_admin_renames_themselves_and_the_signed_in_name_follows() {
        var admin = data.person(Role.ADMIN, "Practice admin");
        String shown = users.as(admin.username(), () -> {
            var me = accounts.searchAccounts(admin.username()).getFirst();
            accounts.updateAccount(admin.id(), new AccountEdit("Dr Amara Okafor", "amara@example.org", null),
                    me.version());
            return currentUser.require().displayName();
        });
        assertThat(shown).isEqualTo("Dr Amara Okafor");
        assertThat(repository.findById(admin.id()).orElseThrow().getDisplayName()).isEqualTo("Dr Amara Okafor");
    }

    @Test
    void therapists_and_clients_cannot_edit_or_search_accounts() {
        var person = data.client("Xie Ning");
        long version = summary(person.id()).version();
        for (String who : new String[] {"therapist", "chen.jing", person.username()}) {
            assertThatThrownBy(() -> users.run(who, () -> accounts.updateAccount(person.id(),
                    new AccountEdit("Renamed", null, null), version))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> accounts.searchAccounts("a")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(repository.findById(person.id()).orElseThrow().getDisplayName()).isEqualTo("Xie Ning");
    }
}
