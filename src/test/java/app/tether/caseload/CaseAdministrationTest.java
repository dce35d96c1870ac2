package app.tether.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.ValidationProblem;
import app.tether.security.AccountProvisioning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class CaseAdministrationTest {

    @Autowired CaseloadService caseload;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestUsers users;
    Person therapist;
    Person a;
    Person b;

    @BeforeEach
    void setUp() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        users = new TestUsers(userDetails);
        therapist = data.therapist();
        a = data.client("Ma Lin");
        b = data.client("He Yu");
    }

    private ValidationProblem problemFor(NewCase request) {
        try {
            users.run("admin", () -> caseload.createCase(request));
        } catch (ValidationProblem p) {
            return p;
        }
        throw new AssertionError("expected a validation problem");
    }

    @Test
    void admin_creates_a_couple_that_the_therapist_then_sees() {
        var row = users.as("admin", () -> caseload.createCase(new NewCase(CaseKind.COUPLE, a.id(), b.id(), therapist.id())));
        assertThat(row.title()).isEqualTo("Ma Lin & He Yu");
        assertThat(row.therapistName()).isEqualTo("Test Therapist");
        assertThat(users.as(therapist.username(), caseload::myCaseload)).singleElement()
                .satisfies(c -> {
                    assertThat(c.kind()).isEqualTo(CaseKind.COUPLE);
                    assertThat(c.enrolment()).isNull();
                });
    }

    @Test
    void a_couple_with_the_same_person_twice_is_refused_at_the_partner_field() {
        var p = problemFor(new NewCase(CaseKind.COUPLE, a.id(), a.id(), therapist.id()));
        assertThat(p.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("secondClient");
            assertThat(e.messageKey()).isEqualTo("validation.case.samePerson");
        });
    }

    @Test
    void missing_people_and_wrong_roles_are_named_field_by_field() {
        var p = problemFor(new NewCase(CaseKind.COUPLE, null, null, null));
        assertThat(p.errors()).extracting(ValidationProblem.FieldError::field)
                .containsExactlyInAnyOrder("firstClient", "secondClient", "therapist");
        var wrongRoles = problemFor(new NewCase(CaseKind.INDIVIDUAL, therapist.id(), null, a.id()));
        assertThat(wrongRoles.errors()).extracting(ValidationProblem.FieldError::messageKey)
                .containsExactlyInAnyOrder("validation.case.notAClient", "validation.case.notATherapist");
    }

    @Test
    void assigning_a_client_as_therapist_is_refused() {
        long id = users.as("admin", () -> caseload.createCase(new NewCase(CaseKind.INDIVIDUAL, a.id(), null,
                therapist.id()))).caseId();
        assertThatThrownBy(() -> users.run("admin", () -> caseload.assignTherapist(id, b.id())))
                .isInstanceOf(ValidationProblem.class);
        assertThat(users.as("admin", caseload::listCasesForAdmin)).filteredOn(r -> r.caseId() == id)
                .singleElement().extracting(CaseAdminRow::therapistId).isEqualTo(therapist.id());
    }
}
