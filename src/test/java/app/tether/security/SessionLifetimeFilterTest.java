package app.tether.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionLifetimeFilterTest {

    private static MockHttpServletResponse at(Duration sessionAge, MockHttpSession session) throws Exception {
        var clock = Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(sessionAge), ZoneOffset.UTC);
        var request = new MockHttpServletRequest("GET", "/caseload");
        request.setSession(session);
        var response = new MockHttpServletResponse();
        new SessionLifetimeFilter(Duration.ofHours(12), clock).doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void a_session_younger_than_the_lifetime_goes_on() throws Exception {
        var session = new MockHttpSession();
        var response = at(Duration.ofHours(11).plusMinutes(59), session);
        assertThat(response.getRedirectedUrl()).isNull();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void an_older_session_ends_and_the_person_goes_to_the_login_page() throws Exception {
        var session = new MockHttpSession();
        var response = at(Duration.ofHours(12).plusSeconds(1), session);
        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
    }
}
