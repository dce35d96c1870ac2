package app.tether.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import app.tether.TestData;
import app.tether.TestUsers;
import app.tether.base.ValidationProblem;
import app.tether.caseload.CaseProvisioning;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sign-in throttling, temporary-password expiry, sessions on password change and login CSRF, over
 * real HTTP. Every browser here comes from its own made-up address (X-Forwarded-For, trusted from
 * 127.0.0.1), so the failures never count against the address other tests sign in from.
 */
@IntegrationTest
class SignInThrottlingTest {

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning accountProvisioning;
    @Autowired CaseProvisioning caseProvisioning;
    @Autowired UserDetailsService userDetails;
    @Autowired DataSource dataSource;

    /** A browser with its own cookies and its own client address. */
    final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();
        final String address = "198.51." + ThreadLocalRandom.current().nextInt(256) + "."
                + ThreadLocalRandom.current().nextInt(1, 255);

        HttpResponse<Void> post(String username, String password, String... headers) throws Exception {
            String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
            var request = HttpRequest.newBuilder(uri("/login")).header("X-Forwarded-For", address)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding());
        }

        String signIn(String username, String password) throws Exception {
            HttpResponse<Void> response = post(username, password);
            assertThat(response.statusCode()).isEqualTo(302);
            return response.headers().firstValue("Location").orElseThrow();
        }

        int get(String path) throws Exception {
            return client.send(HttpRequest.newBuilder(uri(path)).header("X-Forwarded-For", address).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        String sessionId() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElseThrow();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private TestData.Person fresh() {
        return new TestData(accountProvisioning, caseProvisioning).client("Throttle Test");
    }

    @Test
    void five_failures_for_one_name_hold_it_back_and_no_one_else() throws Exception {
        var person = fresh();
        var other = fresh();
        var browser = new Browser();
        for (int i = 0; i < 5; i++) {
            assertThat(browser.signIn(person.username(), "wrong-" + i)).endsWith("/login?error");
        }
        // The right password now waits too, from this address or any other.
        assertThat(browser.signIn(person.username(), TestData.PASSWORD)).endsWith("/login?throttled=15");
        assertThat(new Browser().signIn(person.username(), TestData.PASSWORD)).endsWith("/login?throttled=15");
        // Someone else from the same address signs in as usual.
        assertThat(browser.signIn(other.username(), TestData.PASSWORD)).doesNotContain("login");
    }

    @Test
    void a_successful_sign_in_clears_the_names_failures() throws Exception {
        var person = fresh();
        for (int round = 0; round < 2; round++) {
            var browser = new Browser();
            for (int i = 0; i < 4; i++) {
                assertThat(browser.signIn(person.username(), "wrong-" + i)).endsWith("/login?error");
            }
            assertThat(browser.signIn(person.username(), TestData.PASSWORD)).as("round " + round)
                    .doesNotContain("login");
        }
    }

    @Test
    void twenty_failures_from_one_address_hold_that_address_back() throws Exception {
        var person = fresh();
        var attacker = new Browser();
        for (int i = 0; i < 20; i++) {
            assertThat(attacker.signIn("guess-" + UUID.randomUUID(), "wrong")).endsWith("/login?error");
        }
        assertThat(attacker.signIn(person.username(), TestData.PASSWORD)).contains("/login?throttled=");
        assertThat(new Browser().signIn(person.username(), TestData.PASSWORD)).doesNotContain("login");
    }

    @Test
    void a_wrong_current_password_on_change_counts_and_is_held_back_too() throws Exception {
        var person = fresh();
        var users = new TestUsers(userDetails);
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> users.run(person.username(),
                    () -> accounts.changeOwnPassword("wrong-current", "velvet-harbour-lantern-93", "velvet-harbour-lantern-93")))
                    .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors())
                            .anySatisfy(e -> assertThat(e.messageKey()).isEqualTo("validation.password.currentWrong")));
        }
        assertThatThrownBy(() -> users.run(person.username(),
                () -> accounts.changeOwnPassword(TestData.PASSWORD, "velvet-harbour-lantern-93", "velvet-harbour-lantern-93")))
                .isInstanceOfSatisfying(ValidationProblem.class, p -> assertThat(p.errors()).singleElement()
                        .satisfies(e -> {
                            assertThat(e.field()).isEqualTo("current");
                            assertThat(e.messageKey()).isEqualTo("validation.password.throttled");
                            assertThat(e.args()).containsExactly(15);
                        }));
        assertThat(new Browser().signIn(person.username(), TestData.PASSWORD)).endsWith("/login?throttled=15");
    }

    @Test
    void a_temporary_password_expires_after_seventy_two_hours() throws Exception {
        var users = new TestUsers(userDetails);
        String name = "temp." + UUID.randomUUID().toString().substring(0, 8);
        var created = users.as("admin", () -> accounts.createAccount(new NewAccount(name, "Wen Hui", Role.CLIENT)));
        var jdbc = JdbcClient.create(dataSource);
        Instant expires = jdbc.sql("SELECT temporary_password_expires_at FROM account WHERE username = ?").param(name)
                .query(Timestamp.class).single().toInstant();
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofHours(71), Duration.ofHours(72));
        assertThat(new Browser().signIn(name, created.temporaryPassword())).doesNotContain("login");

        jdbc.sql("UPDATE account SET temporary_password_expires_at = ? WHERE username = ?")
                .params(Timestamp.from(Instant.now().minusSeconds(60)), name).update();
        assertThat(new Browser().signIn(name, created.temporaryPassword())).endsWith("/login?error");
        assertThat(users.as("admin", accounts::listAccounts)).filteredOn(a -> a.username().equals(name))
                .singleElement().satisfies(a -> assertThat(a.temporaryPasswordExpired()).isTrue());
    }

    @Test
    void changing_the_password_ends_the_other_sessions_and_keeps_this_one() throws Exception {
        var person = fresh();
        var here = new Browser();
        var elsewhere = new Browser();
        assertThat(here.signIn(person.username(), TestData.PASSWORD)).doesNotContain("login");
        assertThat(elsewhere.signIn(person.username(), TestData.PASSWORD)).doesNotContain("login");
        assertThat(here.get("/password")).isEqualTo(200);
        assertThat(elsewhere.get("/password")).isEqualTo(200);

        // The change as if made from "here": its session is the request's.
        var request = new MockHttpServletRequest();
        request.setSession(new MockHttpSession(null, here.sessionId()));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            new TestUsers(userDetails).run(person.username(),
                    () -> accounts.changeOwnPassword(TestData.PASSWORD, "velvet-harbour-lantern-93", "velvet-harbour-lantern-93"));
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
        assertThat(here.get("/password")).isEqualTo(200);
        assertThat(elsewhere.get("/password")).isEqualTo(302);
    }

    @Test
    void a_cross_site_sign_in_post_is_refused() throws Exception {
        var person = fresh();
        var browser = new Browser();
        assertThat(browser.post(person.username(), TestData.PASSWORD, "Origin", "https://evil.example")
                .statusCode()).isEqualTo(403);
        assertThat(browser.post(person.username(), TestData.PASSWORD, "Sec-Fetch-Site", "cross-site")
                .statusCode()).isEqualTo(403);
        assertThat(browser.post(person.username(), TestData.PASSWORD, "Origin", "null").statusCode()).isEqualTo(403);
        assertThat(browser.get("/password")).as("not signed in").isEqualTo(302);

        var sameOrigin = browser.post(person.username(), TestData.PASSWORD,
                "Origin", "http://localhost:" + port, "Sec-Fetch-Site", "same-origin");
        assertThat(sameOrigin.statusCode()).isEqualTo(302);
        assertThat(sameOrigin.headers().firstValue("Location").orElseThrow()).doesNotContain("login");
        assertThat(new Browser().post(person.username(), TestData.PASSWORD, "Origin", "http://localhost:" + port)
                .headers().firstValue("Location").orElseThrow()).doesNotContain("login");
    }
}
