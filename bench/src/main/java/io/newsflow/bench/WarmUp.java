package io.newsflow.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Runs warm-up rounds of {@value #ROUND_ARTICLES} articles until {@link WarmUpRule} says the code is warm,
 * or for {@link #MAX} at the most.
 */
final class WarmUp {

    /** Articles per warm-up round. */
    static final int ROUND_ARTICLES = 200;
    static final Duration MAX = Duration.ofMinutes(4);

    /** One warm-up round; {@code round} counts from 0. */
    @FunctionalInterface
    interface Round {
        void run(int round) throws Exception;
    }

    /** The JIT compiler's total time in ms so far; null when the JVM does not report it. */
    private final LongSupplier compilerMs;
    private final LongSupplier nanoTime;
    private final Duration max;

    WarmUp(final LongSupplier compilerMs, final LongSupplier nanoTime, final Duration max) {
        this.compilerMs = compilerMs;
        this.nanoTime = nanoTime;
        this.max = max;
    }

    /** A warm-up timed by this JVM's compiler and clock. */
    static WarmUp ofThisJvm() {
        final CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        final boolean timed = jit != null && jit.isCompilationTimeMonitoringSupported();
        return new WarmUp(timed ? jit::getTotalCompilationTime : null, System::nanoTime, MAX);
    }

    /** Warms up with this JVM's compiler and clock, then reports how long it took. */
    static void warmUp(final String what, final Round round) throws Exception {
        Report.say("%s", ofThisJvm().run(round).line(what));
    }

    Outcome run(final Round round) throws Exception {
        final boolean timed = compilerMs != null;
        final WarmUpRule rule = new WarmUpRule();
        final long start = nanoTime.getAsLong();
        int rounds = 0;
        while (nanoTime.getAsLong() - start < max.toNanos()) {
            final long compiledMs = timed ? compilerMs.getAsLong() : 0;
            final long at = nanoTime.getAsLong();
            round.run(rounds++);
            final long roundCompilerMs = timed ? compilerMs.getAsLong() - compiledMs : 0;
            if (rule.settled(roundCompilerMs, (nanoTime.getAsLong() - at) / 1e6)) {
                break;
            }
        }
        return new Outcome(rounds, (nanoTime.getAsLong() - start) / 1e9, timed ? rule.share() : null);
    }

    /**
     * How a warm-up went.
     *
     * @param rounds rounds run
     * @param seconds wall time of the whole warm-up
     * @param jitShare the compiler's share of the last rounds' wall time; null when not reported
     */
    record Outcome(int rounds, double seconds, Double jitShare) {

        int articles() {
            return rounds * ROUND_ARTICLES;
        }

        String line(final String what) {
            return String.format(Locale.ROOT, "warm-up (%s): %d articles in %.1f s; JIT compiler time over the last"
                    + " rounds: %s", what, articles(), seconds, jitShare == null ? "not reported"
                    : String.format(Locale.ROOT, "%.1f %% of their wall time", jitShare * 100));
        }
    }
}
