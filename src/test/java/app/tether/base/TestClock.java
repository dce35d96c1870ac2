package app.tether.base;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: the system clock until a test pins it with
 * {@link #set(Instant)}, and back to the system clock after {@link #reset()} (call it in
 * {@code @AfterEach}: all integration tests share one context). Imported by {@code @IntegrationTest}.
 */
public final class TestClock extends Clock {

    private final ZoneId systemZone;
    private volatile ZoneId zone;
    private volatile Instant fixed;

    private TestClock(ZoneId zone) {
        this.systemZone = zone;
        this.zone = zone;
    }

    /** Reads the clock as a server in {@code zone} would, until {@link #reset()}. */
    public void useZone(ZoneId zone) {
        this.zone = zone;
    }

    public void set(Instant instant) {
        this.fixed = instant;
    }

    public void advance(Duration by) {
        this.fixed = instant().plus(by);
    }

    public void reset() {
        this.fixed = null;
        this.zone = systemZone;
    }

    @Override
    public Instant instant() {
        Instant pinned = fixed;
        return pinned != null ? pinned : Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Setup {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock(ZoneId.systemDefault());
        }
    }
}
