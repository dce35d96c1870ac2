package app.tether.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestData.Person;
import app.tether.TestUsers;
import app.tether.caseload.CaseProvisioning;
import app.tether.caseload.Lens;
import app.tether.security.AccountProvisioning;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The feed's address works without signing in, for its token only. */
@IntegrationTest
class CalendarFeedControllerTest {

    @LocalServerPort int port;
    @Autowired AppointmentService appointments;
    @Autowired CalendarFeedService feeds;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void the_feed_is_served_by_its_token_without_a_sign_in_and_nothing_else_opens() throws Exception {
        var users = new TestUsers(userDetails);
        var data = new TestData(accountProvisioning, caseProvisioning);
        Person therapist = data.therapist();
        Person client = data.client("Nadia Feedtest");
        long caseId = data.enrolledCase(therapist, Lens.CONNECTION, 2, client);
        users.as(therapist.username(), () -> appointments.plan(caseId, new AppointmentInput(
                LocalDate.now().plusDays(5), LocalTime.of(11, 0), 50, List.of(client.id()),
                AppointmentMode.IN_PERSON, "Room 3", Repeat.NONE, null, null), true));
        String token = users.as(therapist.username(), () -> feeds.newFeedAddress(false)).token();

        HttpResponse<String> ok = get("/calendar-feed/" + token + ".ics");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        assertThat(ok.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        assertThat(ok.body()).contains("BEGIN:VCALENDAR", "SUMMARY:N. F.", "TZID=Europe/London:")
                .doesNotContain("Nadia");

        assertThat(get("/calendar-feed/" + "x".repeat(43) + ".ics").statusCode()).isEqualTo(404);
        // Any other path still wants a sign-in.
        HttpResponse<String> other = get("/calendar-feed-other/" + token + ".ics");
        assertThat(other.statusCode()).isNotEqualTo(200);
    }
}
