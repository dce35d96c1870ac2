package app.tether.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.WebClient;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.jdbc.health.DataSourceHealthIndicator;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The load balancer's readiness check (issue 16, decision record 026): health is open to anyone
 * and tells only UP or DOWN; no other actuator endpoint is reachable, signed in or not.
 */
@IntegrationTest
class ActuatorHealthTest {

    @LocalServerPort int port;
    @Autowired HealthContributorRegistry health;

    private HttpResponse<String> anonymous(String path) throws Exception {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void readiness_liveness_and_health_answer_anyone_with_the_status_alone() throws Exception {
        for (String path : new String[] {"/actuator/health/readiness", "/actuator/health/liveness"}) {
            HttpResponse<String> response = anonymous(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.body()).as(path).isEqualTo("{\"status\":\"UP\"}");
            // The answer carries the app's security headers like every other page.
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
        // The whole: the status and the names of the two probe groups, no components or details.
        HttpResponse<String> all = anonymous("/actuator/health");
        assertThat(all.statusCode()).isEqualTo(200);
        assertThat(all.body()).isEqualTo("{\"groups\":[\"liveness\",\"readiness\"],\"status\":\"UP\"}");
    }

    @Test
    void no_other_actuator_endpoint_and_no_health_details_are_reachable() throws Exception {
        String[] closed = {"/actuator", "/actuator/env", "/actuator/beans", "/actuator/health/db",
                "/actuator/health/diskSpace", "/actuator/configprops", "/actuator/mappings", "/actuator/heapdump",
                "/actuator/loggers", "/actuator/health/readiness/../../env"};
        for (String path : closed) {
            HttpResponse<String> response = anonymous(path);
            assertThat(response.statusCode()).as(path).isIn(302, 400, 401, 403, 404);
            assertThat(response.body()).as(path).doesNotContain("\"status\"", "jdbc", "spring.", "mariadb");
        }
        WebClient therapist = new WebClient(port);
        therapist.signIn("therapist", "tether-demo");
        for (String path : closed) {
            assertThat(therapist.get(path)).as("signed in: " + path).isIn(400, 403, 404);
        }
    }

    @Test
    void the_database_counts_in_health_and_reports_down_when_mariadb_is_unreachable() throws Exception {
        assertThat(health.getContributor("db")).isNotNull();
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        try (HikariDataSource unreachable = new HikariDataSource()) {
            unreachable.setJdbcUrl("jdbc:mariadb://127.0.0.1:" + closedPort + "/tether");
            unreachable.setConnectionTimeout(Duration.ofMillis(500).toMillis());
            unreachable.setInitializationFailTimeout(-1);
            assertThat(new DataSourceHealthIndicator(unreachable, "SELECT 1").health(false).getStatus())
                    .isEqualTo(Status.DOWN);
        }
    }
}
