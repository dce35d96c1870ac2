package app.tether.caseload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.security.AccountProvisioning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The shared rule other modules use for case ids: who counts as a participant of a case. */
@IntegrationTest
class CaseAccessPolicyTest {

    @Autowired CaseAccessPolicy policy;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    TestUsers users;
    Person therapist;
    Person partnerA;
    Person partnerB;
    Person stranger;
    long coupleCase;

    @BeforeEach
    void setUp() {
        var data = new TestData(accountProvisioning, caseProvisioning);
        users = new TestUsers(userDetails);
        therapist = data.therapist();
        partnerA = data.client("Feng Lan");
        partnerB = data.client("Kong Rui");
        stranger = data.client("Yang Bo");
        coupleCase = data.enrolledCase(therapist, Lens.CONNECTION, 1, partnerA, partnerB);
    }

    @Test
    void both_partners_and_the_treating_therapist_are_participants() {
        for (Person p : new Person[] {therapist, partnerA, partnerB}) {
            assertThat(users.as(p.username(), () -> policy.requireParticipant(coupleCase)).accountId()).isEqualTo(p.id());
        }
    }

    @Test
    void other_clients_other_therapists_and_admins_are_not() {
        for (String who : new String[] {stranger.username(), "therapist", "admin"}) {
            assertThatThrownBy(() -> users.run(who, () -> policy.requireParticipant(coupleCase)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void only_the_treating_therapist_passes_the_therapist_check() {
        assertThat(users.as(therapist.username(), () -> policy.requireTreatingTherapist(coupleCase)).accountId())
                .isEqualTo(therapist.id());
        for (String who : new String[] {partnerA.username(), "therapist", "admin"}) {
            assertThatThrownBy(() -> users.run(who, () -> policy.requireTreatingTherapist(coupleCase)))
                    .as(who).isInstanceOf(AccessDeniedException.class);
        }
    }
}
