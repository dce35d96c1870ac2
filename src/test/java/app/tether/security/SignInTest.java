package app.tether.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import app.tether.TestUsers;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Sign-in over real HTTP against the running app, as a browser's form post does it. */
@IntegrationTest
class SignInTest {

    @LocalServerPort int port;
    @Autowired AccountService accounts;
    @Autowired UserDetailsService userDetails;
    @Autowired Environment env;

    private String signIn(String username, String password) throws Exception {
        return signIn(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(), username, password);
    }

    private String signIn(HttpClient client, String username, String password) throws Exception {
        client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login")).build(),
                HttpResponse.BodyHandlers.discarding());
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    @Test
    void demo_accounts_sign_in_with_the_demo_password() throws Exception {
        for (String user : new String[] {"admin", "therapist", "therapist2", "chen.jing", "zhao.lei", "zhou.ting",
                "liu.jia"}) {
            assertThat(signIn(user, "tether-demo")).as(user).doesNotContain("error");
        }
    }

    @Test
    void a_wrong_password_is_refused() throws Exception {
        assertThat(signIn("therapist", "tether-demo!")).endsWith("/login?error");
        assertThat(signIn("nobody-here", "tether-demo")).endsWith("/login?error");
    }

    @Test
    void a_deactivated_account_cannot_sign_in() throws Exception {
        var users = new TestUsers(userDetails);
        String name = "leaving." + UUID.randomUUID().toString().substring(0, 6);
        var created = users.as("admin", () -> accounts.createAccount(new NewAccount(name, "Bai Lu", Role.CLIENT)));
        assertThat(signIn(name, created.temporaryPassword())).doesNotContain("error");
        users.run("admin", () -> accounts.setActive(created.account().id(), false));
        assertThat(signIn(name, created.temporaryPassword())).endsWith("/login?error");
    }

    @Test
    void deactivating_or_resetting_ends_sessions_already_open() throws Exception {
        var users = new TestUsers(userDetails);
        for (boolean deactivate : new boolean[] {true, false}) {
            String name = "open." + UUID.randomUUID().toString().substring(0, 6);
            var created = users.as("admin", () -> accounts.createAccount(new NewAccount(name, "Gao Ren", Role.CLIENT)));
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            assertThat(signIn(browser, name, created.temporaryPassword())).doesNotContain("error");
            assertThat(get(browser, "/password")).isEqualTo(200);
            if (deactivate) {
                users.run("admin", () -> accounts.setActive(created.account().id(), false));
            } else {
                users.run("admin", () -> accounts.resetPassword(created.account().id()));
            }
            assertThat(get(browser, "/password")).as(deactivate ? "deactivated" : "reset").isEqualTo(302);
        }
    }

    private int get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void pages_are_closed_to_visitors_who_have_not_signed_in() throws Exception {
        HttpClient client = HttpClient.newBuilder().build();
        for (String path : new String[] {"/caseload", "/cases/1", "/admin/accounts", "/my-homework"}) {
            HttpResponse<Void> r = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertThat(r.statusCode()).as(path).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElseThrow()).as(path).endsWith("/login");
        }
    }

    @Test
    void an_idle_session_ends_after_thirty_minutes_by_default() {
        assertThat(env.getProperty("server.servlet.session.timeout")).isEqualTo("30m");
        // Vaadin's heartbeat must not keep an idle session alive.
        assertThat(env.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }
}
