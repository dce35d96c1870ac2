package app.tether.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.base.StaleDataException;
import app.tether.base.ValidationProblem;
import app.tether.security.AccountProvisioning;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

@IntegrationTest
class CaseloadServiceTest {

    @Autowired CaseloadService caseload;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestData data;
    TestUsers users;
    Person therapist;
    Person client;
    long caseId;

    @BeforeEach
    void setUp() {
        data = new TestData(accountProvisioning, caseProvisioning);
        users = new TestUsers(userDetails);
        therapist = data.therapist();
        client = data.client("Wang Fang");
        caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 9, client);
    }

    @Test
    void demo_therapist_sees_chen_jing_and_the_couple_in_the_caseload() {
        var cases = users.as("therapist", caseload::myCaseload);
        assertThat(cases).extracting(CaseSummary::title).contains("Chen Jing", "Zhao Lei & Zhou Ting", "Liu Jia");
        assertThat(cases).extracting(c -> c.enrolment() == null ? null : c.enrolment().stage())
                .contains(Stage.values());
        assertThat(cases).extracting(c -> c.enrolment() == null ? null : c.enrolment().lens())
                .contains(Lens.values());
    }

    @Test
    void caseload_shows_only_the_therapists_own_cases_with_programme_day() {
        var mine = users.as(therapist.username(), caseload::myCaseload);
        assertThat(mine).singleElement().satisfies(c -> {
            assertThat(c.clientNames()).containsExactly("Wang Fang");
            assertThat(c.enrolment().programmeDay()).isEqualTo(10);
            assertThat(c.enrolment().stage()).isEqualTo(Stage.COLLABORATIVE_ESTABLISHMENT);
        });
        assertThat(users.as("therapist2", caseload::myCaseload)).extracting(CaseSummary::caseId).doesNotContain(caseId);
    }

    @Test
    void stage_moves_forwards_and_back_and_keeps_the_history_with_reasons() {
        var details = users.as(therapist.username(), () -> caseload.caseDetails(caseId));
        details = users.as(therapist.username(),
                () -> caseload.changeStage(caseId, 3, "Ready to describe the future", caseload.caseDetails(caseId).version()));
        assertThat(details.enrolment().stage().number()).isEqualTo(3);
        long v = details.version();
        details = users.as(therapist.username(), () -> caseload.changeStage(caseId, 2, "  Needs more resources  ", v));
        assertThat(details.enrolment().stage().number()).isEqualTo(2);
        assertThat(details.history()).extracting(StageChangeRecord::fromStage, StageChangeRecord::toStage,
                        StageChangeRecord::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3, 2, "Needs more resources"),
                        org.assertj.core.groups.Tuple.tuple(1, 3, "Ready to describe the future"),
                        org.assertj.core.groups.Tuple.tuple(null, 1, ""));
        assertThat(details.history().getFirst().changedBy()).isEqualTo("Test Therapist");
    }

    @Test
    void changing_stage_needs_a_reason_another_stage_and_a_valid_number() {
        long v = users.as(therapist.username(), () -> caseload.caseDetails(caseId).version());
        assertThatThrownBy(() -> users.run(therapist.username(), () -> caseload.changeStage(caseId, 1, " ", v)))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> {
                    assertThat(p.errors()).extracting(ValidationProblem.FieldError::messageKey)
                            .containsExactlyInAnyOrder("validation.stage.same", "validation.stage.reasonRequired");
                });
        assertThatThrownBy(() -> users.run(therapist.username(), () -> caseload.changeStage(caseId, 7, "x", v)))
                .isInstanceOfSatisfying(ValidationProblem.class,
                        p -> assertThat(p.hasErrorFor("stage")).isTrue());
        String tooLong = "a".repeat(CaseloadService.REASON_MAX + 1);
        assertThatThrownBy(() -> users.run(therapist.username(), () -> caseload.changeStage(caseId, 2, tooLong, v)))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors().getFirst().args())
                        .containsExactly(CaseloadService.REASON_MAX, CaseloadService.REASON_MAX + 1));
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() {
        long v = users.as(therapist.username(), () -> caseload.caseDetails(caseId).version());
        users.run(therapist.username(), () -> caseload.changeStage(caseId, 2, "first", v));
        assertThatThrownBy(() -> users.run(therapist.username(), () -> caseload.changeStage(caseId, 4, "second", v)))
                .isInstanceOf(StaleDataException.class);
        assertThat(users.as(therapist.username(), () -> caseload.caseDetails(caseId)).enrolment().stage().number())
                .isEqualTo(2);
    }

    @Test
    void enrolment_sets_stage_one_and_refuses_a_future_start() {
        long fresh = data.unenrolledCase(therapist, data.client("Li Na"));
        long v = users.as(therapist.username(), () -> caseload.caseDetails(fresh).version());
        assertThatThrownBy(() -> users.run(therapist.username(),
                () -> caseload.enrol(fresh, null, LocalDate.now().plusDays(2), v)))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors())
                        .extracting(ValidationProblem.FieldError::messageKey)
                        .containsExactlyInAnyOrder("validation.enrol.lensRequired", "validation.enrol.startInFuture"));
        var details = users.as(therapist.username(),
                () -> caseload.enrol(fresh, Lens.CONNECTION, LocalDate.now().minusDays(4), v));
        assertThat(details.enrolment().stage()).isEqualTo(Stage.COLLABORATIVE_ESTABLISHMENT);
        assertThat(details.enrolment().programmeDay()).isEqualTo(5);
        assertThat(details.history()).hasSize(1);
    }
}
