package app.tether.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Back-off after repeated failures, counted per key in a sliding window held in the database.
 * Keys are {@link #userKey} / {@link #addressKey}, or any other "kind:value" string, which gets
 * the per-user limit (e.g. "totp:" + username). Attempts refused by the throttle are not counted,
 * so the wait never grows beyond one window and a real user is never locked out for good.
 */
@Component
public class SignInThrottle {

    static final String ADDRESS = "address:";
    private static final int KEY_MAX = 191;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perUser;
    private final int perAddress;
    private final Duration window;

    SignInThrottle(DataSource dataSource, Clock clock,
                   @Value("${tether.sign-in.throttle.per-user:5}") int perUser,
                   @Value("${tether.sign-in.throttle.per-address:20}") int perAddress,
                   @Value("${tether.sign-in.throttle.window:15m}") Duration window) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
        this.perUser = perUser;
        this.perAddress = perAddress;
        this.window = window;
    }

    public static String userKey(String username) {
        return "user:" + (username == null ? "" : username.trim().toLowerCase(Locale.ROOT));
    }

    public static String addressKey(String address) {
        return ADDRESS + address;
    }

    /** Empty when an attempt may go ahead; otherwise how long until one may. */
    @Transactional(readOnly = true)
    public Optional<Duration> blockedFor(String key) {
        int limit = key.startsWith(ADDRESS) ? perAddress : perUser;
        Instant now = clock.instant();
        List<Timestamp> recent = jdbc.sql("SELECT failed_at FROM sign_in_failure WHERE throttle_key = ? AND failed_at > ?"
                        + " ORDER BY failed_at DESC LIMIT ?")
                .params(clip(key), Timestamp.from(now.minus(window)), limit)
                .query(Timestamp.class).list();
        if (recent.size() < limit) {
            return Optional.empty();
        }
        // Once the limit-th newest failure leaves the window, fewer than the limit remain.
        Duration wait = Duration.between(now, recent.getLast().toInstant().plus(window));
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Throws {@link SignInThrottledException} when the key is held back. */
    public void check(String key) {
        Optional<Duration> wait = blockedFor(key);
        if (wait.isPresent()) {
            throw new SignInThrottledException(wait.get());
        }
    }

    // Own transaction: a failure must count even when the caller's work rolls back.
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailure(String key) {
        Instant now = clock.instant();
        jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at <= ?").param(Timestamp.from(now.minus(window))).update();
        jdbc.sql("INSERT INTO sign_in_failure (throttle_key, failed_at) VALUES (?, ?)")
                .params(clip(key), Timestamp.from(now)).update();
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void clear(String key) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE throttle_key = ?").param(clip(key)).update();
    }

    static int minutes(Duration wait) {
        return (int) Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    private static String clip(String key) {
        return key.length() <= KEY_MAX ? key : key.substring(0, KEY_MAX);
    }
}
