package app.tether.benchmark;

import java.util.Arrays;
import org.hibernate.stat.Statistics;

/**
 * The benchmarks' one way to time an operation: warm-up runs, one run counted for SQL statements,
 * then timed runs, sorted for the median and percentiles.
 */
record Timing(long statements, long[] sortedNanos) {

    static Timing of(Statistics stats, int warmup, int runs, Runnable op) {
        for (int i = 0; i < warmup; i++) {
            op.run();
        }
        stats.clear();
        op.run();
        return new Timing(stats.getPrepareStatementCount(), time(runs, op));
    }

    /** For work without SQL: warm-up runs, then timed runs. */
    static Timing of(int warmup, int runs, Runnable op) {
        for (int i = 0; i < warmup; i++) {
            op.run();
        }
        return new Timing(0, time(runs, op));
    }

    private static long[] time(int runs, Runnable op) {
        long[] times = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            op.run();
            times[i] = System.nanoTime() - t;
        }
        Arrays.sort(times);
        return times;
    }

    double medianMs() {
        return sortedNanos[sortedNanos.length / 2] / 1e6;
    }

    /** The smallest time at or above this share of the runs (0.9: p90). */
    double percentileMs(double share) {
        return sortedNanos[(int) Math.ceil(sortedNanos.length * share) - 1] / 1e6;
    }
}
