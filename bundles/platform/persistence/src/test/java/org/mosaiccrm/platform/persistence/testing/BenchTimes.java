package org.mosaiccrm.platform.persistence.testing;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;

/**
 * How long something took in a benchmark: the 50th and 95th percentile, in milliseconds. Each figure
 * goes beside its baseline (the same work in raw SQL on the same database, timed in the same run).
 *
 * @param p50 the median, in milliseconds
 * @param p95 the 95th percentile, in milliseconds
 */
public record BenchTimes(double p50, double p95) {

    /** Work done by hand in SQL, the baseline. */
    @FunctionalInterface
    public interface Sql {
        void run() throws SQLException;
    }

    /** A service's times beside its raw-SQL baseline's. */
    public record Versus(BenchTimes service, BenchTimes raw) {

        /** How many times slower the service is than raw SQL at the 95th percentile. */
        public double ratio() {
            return service.p95 / raw.p95;
        }

        /** {@code "| a | b | 1.20 / 2.30 ms | 0.40 / 0.90 ms | 2.6× |"}: the leading cells, then the figures. */
        public String row(String... leading) {
            return "| " + String.join(" | ", leading) + String.format(Locale.ROOT, " | %.2f / %.2f ms | %.2f / %.2f ms | %.1f× |",
                    service.p50, service.p95, raw.p50, raw.p95, ratio());
        }
    }

    /** The percentiles of {@code nanos}, one figure per sample (sorted here). */
    public static BenchTimes of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new BenchTimes(millis(sorted, 50), millis(sorted, 95));
    }

    /**
     * Warms both up ({@code warmUp} times: the JIT compiles the service's and the driver's paths alike),
     * then times them in turn, {@code samples} times each, so that both meet the same load on the machine.
     */
    public static Versus alternately(int warmUp, int samples, Runnable service, Sql raw) throws SQLException {
        for (int i = 0; i < warmUp; i++) {
            service.run();
            raw.run();
        }
        long[] serviceTimes = new long[samples];
        long[] rawTimes = new long[samples];
        for (int i = 0; i < samples; i++) {
            long start = System.nanoTime();
            service.run();
            serviceTimes[i] = System.nanoTime() - start;
            start = System.nanoTime();
            raw.run();
            rawTimes[i] = System.nanoTime() - start;
        }
        return new Versus(of(serviceTimes), of(rawTimes));
    }

    /** The sample at {@code percentile} (nearest rank) of sorted nanoseconds, in milliseconds. */
    private static double millis(long[] sorted, int percentile) {
        int rank = (int) Math.ceil(sorted.length * percentile / 100.0);
        return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }
}
