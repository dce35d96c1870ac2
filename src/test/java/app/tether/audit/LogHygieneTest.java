package app.tether.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.WebClient;
import app.tether.TestData;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.security.AccountProvisioning;
import app.tether.exceptionlog.EntryInput;
import app.tether.exceptionlog.ExceptionLogService;
import app.tether.sessions.SessionInput;
import app.tether.sessions.SessionService;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Drives a journey with clinical text, passwords and sessions, then reads everything the
 * application logged meanwhile: none of it may appear there.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogHygieneTest {

    @LocalServerPort int port;
    @Autowired ExceptionLogService exceptions;
    @Autowired SessionService sessions;
    @Autowired UserDetailsService userDetails;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;

    @Test
    void no_clinical_text_password_or_session_id_reaches_the_log(CapturedOutput output) throws Exception {
        TestUsers users = new TestUsers(userDetails);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String moment = "We laughed in the kitchen " + marker;
        String notes = "Session notes about trust " + marker;
        String wrongPassword = "not-the-password-" + marker;

        TestData data = new TestData(accountProvisioning, caseProvisioning);
        TestData.Person therapist = data.therapist();
        TestData.Person client = data.client("Lu Yan");
        long caseId = data.enrolledCase(therapist, Lens.NARRATIVE, 20, client);

        WebClient browser = new WebClient(port);
        browser.signIn(therapist.username(), wrongPassword);
        browser.signIn(therapist.username(), TestData.PASSWORD);
        browser.get("/caseload");

        users.run(client.username(), () -> exceptions.saveDraft(caseId, input(moment + " draft")));
        users.run(client.username(), () -> exceptions.save(caseId, null, input(moment), 0));
        users.run(therapist.username(), () -> sessions.create(caseId, new SessionInput(
                LocalDateTime.now().minusHours(1), List.of(client.id()), Map.of(client.id(), 6), notes)));

        String log = output.getAll();
        assertThat(log).doesNotContain(marker);
        assertThat(log).doesNotContain(TestData.PASSWORD);
        String sessionId = browser.cookie("JSESSIONID");
        assertThat(sessionId).isNotBlank();
        assertThat(log).doesNotContain(sessionId);
    }

    private static EntryInput input(String text) {
        return new EntryInput(LocalDateTime.now().minusHours(2), text, text, null, null, null, List.of(), false);
    }
}
