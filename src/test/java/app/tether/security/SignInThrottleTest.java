package app.tether.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.tether.IntegrationTest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The throttle on its own, on the real database, with a clock the test moves. */
@IntegrationTest
class SignInThrottleTest {

    @Autowired DataSource dataSource;

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2031-03-04T09:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovableClock clock = new MovableClock();

    private SignInThrottle throttle() {
        return new SignInThrottle(dataSource, clock, 3, 5, Duration.ofMinutes(10));
    }

    private static String fresh(String kind) {
        return kind + UUID.randomUUID();
    }

    @Test
    void holds_back_after_the_limit_and_lets_go_when_the_window_slides() {
        var throttle = throttle();
        String key = SignInThrottle.userKey(fresh("u-"));
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.blockedFor(key)).isEmpty();
            throttle.recordFailure(key);
            clock.advance(Duration.ofMinutes(1));
        }
        // Failures at 0, 1 and 2 minutes; now minute 3: free again once the first is 10 minutes old.
        assertThat(throttle.blockedFor(key)).contains(Duration.ofMinutes(7));
        assertThatThrownBy(() -> throttle.check(key)).isInstanceOf(SignInThrottledException.class)
                .extracting(e -> ((SignInThrottledException) e).minutes()).isEqualTo(7);
        clock.advance(Duration.ofMinutes(7));
        assertThat(throttle.blockedFor(key)).isEmpty();
        // One more failure: held back again until the next oldest leaves the window (a minute).
        throttle.recordFailure(key);
        assertThat(throttle.blockedFor(key)).contains(Duration.ofMinutes(1));
    }

    @Test
    void keys_are_separate_and_addresses_have_their_own_limit() {
        var throttle = throttle();
        String address = SignInThrottle.addressKey(fresh("203.0.113."));
        String user = SignInThrottle.userKey(fresh("u-"));
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure(address);
        }
        assertThat(throttle.blockedFor(address)).isEmpty();
        assertThat(throttle.blockedFor(user)).isEmpty();
        throttle.recordFailure(address);
        assertThat(throttle.blockedFor(address)).isPresent();
        assertThat(throttle.blockedFor(user)).isEmpty();
    }

    @Test
    void clearing_forgets_the_failures() {
        var throttle = throttle();
        String key = "totp:" + fresh("u-");
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(key);
        }
        assertThat(throttle.blockedFor(key)).isPresent();
        throttle.clear(key);
        assertThat(throttle.blockedFor(key)).isEmpty();
    }

    @Test
    void usernames_are_matched_as_sign_in_matches_them() {
        assertThat(SignInThrottle.userKey(" Chen.Jing ")).isEqualTo(SignInThrottle.userKey("chen.jing"));
        assertThat(SignInThrottle.minutes(Duration.ofSeconds(61))).isEqualTo(2);
        assertThat(SignInThrottle.minutes(Duration.ofSeconds(1))).isEqualTo(1);
    }
}
