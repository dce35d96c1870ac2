package app.tether.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.security.AccountProvisioning;
import app.tether.sessions.SessionInput;
import app.tether.sessions.SessionService;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Half an emoji cannot be stored as UTF-8: services refuse it on its field instead of keeping "?". */
@IntegrationTest
class WellFormedTextTest {

    @Autowired AccountProvisioning accounts;
    @Autowired CaseProvisioning cases;
    @Autowired UserDetailsService userDetails;
    @Autowired ExceptionLogService log;
    @Autowired SessionService sessions;

    @Test
    void lone_surrogates_are_found_and_whole_pairs_are_not() {
        assertThat(WellFormedText.hasLoneSurrogate("emoji 😀 and 中文")).isFalse();
        assertThat(WellFormedText.hasLoneSurrogate("half \uD83D")).isTrue();
        assertThat(WellFormedText.hasLoneSurrogate("\uDE00 low first")).isTrue();
        assertThat(WellFormedText.hasLoneSurrogate("\uDE00\uD83D")).isTrue();
        assertThat(WellFormedText.hasLoneSurrogate("")).isFalse();
    }

    @Test
    void the_problem_names_the_record_component_or_the_map_key() {
        assertThatThrownBy(() -> WellFormedText.check(new SessionInput(null, List.of(), Map.of(), "x\uD800"), "text", 0))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors()).singleElement()
                        .satisfies(e -> {
                            assertThat(e.field()).isEqualTo("notes");
                            assertThat(e.messageKey()).isEqualTo("validation.text.unpairedSurrogate");
                        }));
        assertThatThrownBy(() -> WellFormedText.check(Map.of("f1", List.of("ok", "\uDC00")), "answers", 0))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.hasErrorFor("f1")).isTrue());
    }

    @Test
    void services_refuse_a_lone_surrogate_and_keep_nothing() {
        var users = new TestUsers(userDetails);
        var data = new TestData(accounts, cases);
        var therapist = data.therapist();
        var client = data.client("Surrogate Client");
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 3, client);
        assertThatThrownBy(() -> users.run(client.username(), () -> log.save(caseId, null, new EntryInput(
                LocalDateTime.now().minusHours(1), "half an emoji \uD83D", null, null, null, null, List.of(), false), 0)))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.hasErrorFor("context")).isTrue());
        assertThat(users.as(client.username(), () -> log.myEntries(caseId))).isEmpty();
        assertThatThrownBy(() -> users.run(therapist.username(), () -> sessions.create(caseId, new SessionInput(
                LocalDateTime.now().minusHours(1), List.of(client.id()), Map.of(), "notes \uDC00"))))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.hasErrorFor("notes")).isTrue());
        // Whole pairs, null bytes and controls are kept as typed.
        String kept = "😀 a\u0000b \u202Eright-to-left <script>";
        assertThat(users.as(therapist.username(), () -> sessions.create(caseId, new SessionInput(
                LocalDateTime.now().minusHours(1), List.of(client.id()), Map.of(), kept))).notes()).isEqualTo(kept);
    }
}
