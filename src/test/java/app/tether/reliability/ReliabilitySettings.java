package app.tether.reliability;

import java.time.Duration;

/**
 * How long and how hard the scenarios run. The default is CI's short version (a few seconds per
 * scenario, so the harness cannot rot); {@code -Dtether.reliability.full=true} runs the figures the
 * README reports (scripts/reliability.sh). Every loop is bounded by these, in count and in time.
 */
public record ReliabilitySettings(boolean full, Duration load, int clients, int therapists, int hostileInputs) {

    public static ReliabilitySettings fromSystem() {
        boolean full = Boolean.getBoolean("tether.reliability.full");
        Duration load = Duration.ofSeconds(Long.getLong("tether.reliability.seconds", full ? 60 : 3));
        return new ReliabilitySettings(full, load, 50, 5, Integer.getInteger("tether.reliability.hostile", 10_000));
    }

    /** A hard ceiling for anything a scenario waits on, so no loop runs away. */
    public Duration ceiling() {
        return load.multipliedBy(3).plusSeconds(120);
    }
}
