package io.newsflow.common.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.HistogramSnapshot;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.newsflow.common.log.Logfmt;
import io.newsflow.common.log.Logging;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs one INFO line per service every interval (30 s by default), what an operator reads first:
 *
 * <pre>
 * event=summary enriched=1204 enrichedSinceLast=57 ratePerSec=1.9 intervalS=30 dlq=2 dlqSinceLast=0 lag=12 p50Ms=11.3 p99Ms=48.2
 * </pre>
 * The first count is the one the rate is computed from. {@code component=NAME} is added when the name
 * differs from the process's service name (the all-in-one process runs the three services). {@code lag}
 * is {@code unknown} until the consumer has fetched; p50/p99 cover the timer's recent window.
 */
public final class SummaryReporter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SummaryReporter.class);

    private final String name;
    private final List<NamedCount> counts;
    private final LongSupplier dlq;
    private final DoubleSupplier lag;
    private final Timer latency;
    private final Duration interval;
    private final LongSupplier nanoClock;

    private final long[] lastCounts;
    private long lastDlq;
    private long lastNanos;
    private ScheduledExecutorService scheduler;

    private record NamedCount(String name, LongSupplier value) {
    }

    private SummaryReporter(final Builder b) {
        this.name = b.name;
        this.counts = List.copyOf(b.counts);
        this.dlq = b.dlq;
        this.lag = b.lag;
        this.latency = b.latency;
        this.interval = b.interval;
        this.nanoClock = b.nanoClock;
        this.lastCounts = new long[counts.size()];
        this.lastNanos = nanoClock.getAsLong();
    }

    public static Builder builder(final String name) {
        return new Builder(name);
    }

    /** Schedules the summary on a daemon thread; does nothing when the interval is zero. */
    public synchronized SummaryReporter start() {
        if (scheduler != null || interval.isZero()) {
            return this;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            final Thread t = new Thread(r, "summary-" + name);
            t.setDaemon(true);
            return t;
        });
        final long millis = Math.max(1, interval.toMillis());
        scheduler.scheduleAtFixedRate(this::reportSafely, millis, millis, TimeUnit.MILLISECONDS);
        return this;
    }

    /** Logs the summary now and returns the line as logged (without timestamp, level and service). */
    public synchronized String reportNow() {
        final long now = nanoClock.getAsLong();
        final double seconds = Math.max(1e-9, (now - lastNanos) / 1e9);
        final Logfmt line = Logfmt.event("summary");
        if (!name.equals(Logging.service())) {
            line.add("component", name);
        }
        for (int i = 0; i < counts.size(); i++) {
            final long total = counts.get(i).value().getAsLong();
            final long delta = total - lastCounts[i];
            line.add(counts.get(i).name(), total).add(counts.get(i).name() + "SinceLast", delta);
            if (i == 0) {
                line.add("ratePerSec", delta / seconds, 2);
            }
            lastCounts[i] = total;
        }
        line.add("intervalS", seconds, 2);
        if (dlq != null) {
            final long total = dlq.getAsLong();
            line.add("dlq", total).add("dlqSinceLast", total - lastDlq);
            lastDlq = total;
        }
        if (lag != null) {
            final double l = lag.getAsDouble();
            line.add("lag", Double.isFinite(l) ? Logfmt.format(l, 0) : "unknown");
        }
        if (latency != null) {
            appendPercentiles(line, latency);
        }
        lastNanos = now;
        final String text = line.toString();
        LOG.info("{}", text);
        return text;
    }

    /** Stops the schedule and logs a last summary so that the final counts are never lost. */
    @Override
    public void close() {
        final ScheduledExecutorService s;
        synchronized (this) {
            s = scheduler;
            scheduler = null;
        }
        if (s == null) {
            return;
        }
        s.shutdownNow();
        try {
            s.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reportSafely();
    }

    private void reportSafely() {
        try {
            reportNow();
        } catch (RuntimeException e) {
            // A failing supplier must not cancel the schedule: the next summary may succeed.
            LOG.warn("{}", Logfmt.event("summary_failed").add("component", name), e);
        }
    }

    private static void appendPercentiles(final Logfmt line, final Timer timer) {
        if (timer.count() == 0) {
            return;
        }
        final HistogramSnapshot snapshot = timer.takeSnapshot();
        for (ValueAtPercentile p : snapshot.percentileValues()) {
            if (p.percentile() == 0.5) {
                line.add("p50Ms", p.value(TimeUnit.MILLISECONDS), 1);
            } else if (p.percentile() == 0.99) {
                line.add("p99Ms", p.value(TimeUnit.MILLISECONDS), 1);
            }
        }
    }

    /** Builds a {@link SummaryReporter}; only the name and one count are required. */
    public static final class Builder {
        private final String name;
        private final List<NamedCount> counts = new ArrayList<>();
        private LongSupplier dlq;
        private DoubleSupplier lag;
        private Timer latency;
        private Duration interval = Duration.ofSeconds(30);
        private LongSupplier nanoClock = System::nanoTime;

        private Builder(final String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        /** A count shown as {@code NAME=total NAMESinceLast=delta}; the first one also gives the rate. */
        public Builder count(final String countName, final LongSupplier value) {
            counts.add(new NamedCount(Logfmt.key(countName), Objects.requireNonNull(value, "value")));
            return this;
        }

        public Builder count(final String countName, final Counter counter) {
            Objects.requireNonNull(counter, "counter");
            return count(countName, () -> (long) counter.count());
        }

        public Builder dlq(final LongSupplier value) {
            this.dlq = value;
            return this;
        }

        public Builder dlq(final Counter counter) {
            Objects.requireNonNull(counter, "counter");
            return dlq(() -> (long) counter.count());
        }

        /** Consumer lag in records, NaN when unknown; see {@link KafkaLag}. */
        public Builder lag(final DoubleSupplier value) {
            this.lag = value;
            return this;
        }

        /** A timer with p50 and p99 published, such as {@link Metrics#enrichDuration()}. */
        public Builder latency(final Timer timer) {
            this.latency = timer;
            return this;
        }

        /** How often the line is logged; zero turns the schedule off ({@link #reportNow()} still works). */
        public Builder interval(final Duration value) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException("summary interval must be zero or positive, was " + value);
            }
            this.interval = value;
            return this;
        }

        /** The clock rates are measured with; tests pass their own. */
        public Builder nanoClock(final LongSupplier clock) {
            this.nanoClock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public SummaryReporter build() {
            if (counts.isEmpty()) {
                throw new IllegalStateException("a summary needs at least one count");
            }
            return new SummaryReporter(this);
        }
    }
}
