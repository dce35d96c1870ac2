package app.tether.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.tether.IntegrationTest;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Security headers, transport behind a TLS proxy and not-found answers, over real HTTP. */
@IntegrationTest
class HttpHeadersTest {

    @LocalServerPort int port;

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private HttpClient signedIn(String username) throws Exception {
        HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        client.send(request("/login").build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> response = client.send(request("/login")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=tether-demo")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return client;
    }

    private static void assertSecurityHeaders(HttpHeaders h) {
        assertThat(h.firstValue("Content-Security-Policy").orElseThrow())
                .isEqualTo(SecurityConfig.CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "form-action 'self'");
        assertThat(h.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(h.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(h.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(h.firstValue("Permissions-Policy")).hasValue("camera=(), microphone=(), geolocation=()");
    }

    @Test
    void the_sign_in_page_carries_the_security_headers_and_no_hsts_over_plain_http() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(request("/login").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertSecurityHeaders(login.headers());
        assertThat(login.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(login.headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("Secure"));
    }

    @Test
    void behind_a_tls_proxy_hsts_is_sent_and_the_session_cookie_is_secure() throws Exception {
        HttpResponse<String> login = HttpClient.newHttpClient().send(request("/login")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .contains("max-age=31536000", "includeSubDomains");
        assertThat(login.headers().allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID="))
                .singleElement().satisfies(c -> assertThat(c).contains("Secure", "HttpOnly", "SameSite=Lax"));
    }

    @Test
    void a_signed_in_page_carries_the_headers_and_is_not_cached() throws Exception {
        HttpResponse<String> page = signedIn("therapist").send(request("/caseload").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page.headers());
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
    }

    @Test
    void malformed_ids_and_unknown_pages_answer_404_with_the_headers() throws Exception {
        HttpClient therapist = signedIn("therapist");
        for (String path : new String[] {"/cases/abc/scale", "/cases/99999999999999999999/exceptions",
                "/homework?id=x", "/cases/-1", "/sessions/9223372036854775808", "/review/x", "/no-such-page"}) {
            HttpResponse<String> page = therapist.send(request(path).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).doesNotContain("There was an exception");
            assertSecurityHeaders(page.headers());
        }
        // A well-formed id answers the same whether or not the record exists or may be seen.
        assertThat(therapist.send(request("/cases/999999999/scale").build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(200);
    }

    @Test
    void visitors_who_have_not_signed_in_are_sent_to_sign_in_for_any_path() throws Exception {
        HttpResponse<Void> page = HttpClient.newHttpClient().send(request("/cases/abc/scale").build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }
}
