package app.tether.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import app.tether.WebClient;
import app.tether.caseload.CaseloadService;
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
    @Autowired CaseloadService caseload;
    @Autowired ExceptionLogService exceptions;
    @Autowired SessionService sessions;
    @Autowired UserDetailsService userDetails;

    @Test
    void no_clinical_text_password_or_session_id_reaches_the_log(CapturedOutput output) throws Exception {
        TestUsers users = new TestUsers(userDetails);
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String moment = "We laughed in the kitchen " + marker;
        String notes = "Session notes about trust " + marker;
        String wrongPassword = "not-the-password-" + marker;

        WebClient browser = new WebClient(port);
        browser.signIn("therapist", wrongPassword);
        browser.signIn("therapist", "tether-demo");
        browser.get("/caseload");

        long caseId = users.as("chen.jing", () -> caseload.myCases()).getFirst().caseId();
        users.run("chen.jing", () -> exceptions.saveDraft(caseId, input(moment + " draft")));
        users.run("chen.jing", () -> exceptions.save(caseId, null, input(moment), 0));
        long client = users.as("therapist", () -> caseload.caseDetails(caseId)).clients().getFirst().accountId();
        users.run("therapist", () -> sessions.create(caseId,
                new SessionInput(LocalDateTime.now().minusHours(1), List.of(client), Map.of(client, 6), notes)));

        String log = output.getAll();
        assertThat(log).doesNotContain(marker);
        assertThat(log).doesNotContain("tether-demo");
        String sessionId = browser.cookie("JSESSIONID");
        assertThat(sessionId).isNotBlank();
        assertThat(log).doesNotContain(sessionId);
    }

    private static EntryInput input(String text) {
        return new EntryInput(LocalDateTime.now().minusHours(2), text, text, null, null, null, List.of(), false);
    }
}
