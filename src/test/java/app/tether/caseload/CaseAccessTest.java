package app.tether.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.security.AccountProvisioning;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.LongConsumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Every caseload method that takes a case id, tried by each kind of wrong user. */
@IntegrationTest
class CaseAccessTest {

    @Autowired CaseloadService caseload;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestUsers users;
    Person owner;
    Person otherTherapist;
    Person client;
    Person otherClient;
    long caseId;

    @BeforeEach
    void setUp() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        users = new TestUsers(userDetails);
        owner = data.therapist();
        otherTherapist = data.therapist();
        client = data.client("Guo Mei");
        otherClient = data.client("Sun Hao");
        caseId = data.enrolledCase(owner, Lens.NARRATIVE, 3, client);
        data.enrolledCase(otherTherapist, Lens.CONNECTION, 3, otherClient);
    }

    private Map<String, LongConsumer> therapistMethods() {
        return Map.of(
                "caseDetails", id -> caseload.caseDetails(id),
                "enrol", id -> caseload.enrol(id, Lens.NARRATIVE, LocalDate.now(), 0),
                "changeStage", id -> caseload.changeStage(id, 2, "reason", 0));
    }

    @Test
    void another_therapist_cannot_touch_the_case() {
        therapistMethods().forEach((name, call) -> assertThatThrownBy(
                () -> users.run(otherTherapist.username(), () -> call.accept(caseId)))
                .as(name).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void a_client_of_the_case_cannot_use_therapist_methods() {
        therapistMethods().forEach((name, call) -> assertThatThrownBy(
                () -> users.run(client.username(), () -> call.accept(caseId)))
                .as(name).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void an_admin_does_not_read_clinical_content() {
        therapistMethods().forEach((name, call) -> assertThatThrownBy(
                () -> users.run("admin", () -> call.accept(caseId)))
                .as(name).isInstanceOf(AccessDeniedException.class));
        assertThatThrownBy(() -> users.run("admin", caseload::myCaseload)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_unknown_case_looks_the_same_as_a_forbidden_one() {
        assertThatThrownBy(() -> users.run(owner.username(), () -> caseload.caseDetails(987654321L)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void only_admins_create_cases_and_assign_therapists() {
        for (String who : new String[] {owner.username(), client.username()}) {
            assertThatThrownBy(() -> users.run(who, caseload::listCasesForAdmin)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> caseload.createCase(
                    new NewCase(CaseKind.INDIVIDUAL, otherClient.id(), null, owner.id()))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> users.run(who, () -> caseload.assignTherapist(caseId, owner.id())))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void reassigning_moves_access_to_the_new_therapist() {
        users.run("admin", () -> caseload.assignTherapist(caseId, otherTherapist.id()));
        assertThat(users.as(otherTherapist.username(), () -> caseload.caseDetails(caseId)).title()).isEqualTo("Guo Mei");
        assertThatThrownBy(() -> users.run(owner.username(), () -> caseload.caseDetails(caseId)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
