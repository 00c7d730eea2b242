package io.newsflow.bench;

import java.util.Locale;

/**
 * What a bench run measured, in articles/s, ms and MB; {@link #summary()} is the run's last line.
 *
 * @param pipeline articles/s from HTTP intake to {@code news.articles.current}
 * @param tagger articles/s of the tagger alone
 * @param taggerTokens tokens/s of the tagger alone
 * @param passthrough articles/s of the enrich topology without tagging
 * @param p50Ms median end-to-end latency at {@code rate}
 * @param p99Ms 99th percentile of the end-to-end latency at {@code rate}
 * @param heapMb peak heap of the JVM
 * @param rate articles/s of the latency run
 * @param instances enrich instances in the pipeline
 * @param recoverS seconds from enrich's restart after a SIGKILL to the last article on current; NaN: not measured
 * @param storiesRatio median pipeline rate with stories over the median without, from alternating runs; NaN: not
 *                     measured
 */
public record BenchResult(double pipeline, double tagger, double taggerTokens, double passthrough, double p50Ms,
        double p99Ms, long heapMb, double rate, int instances, double recoverS, double storiesRatio) {

    public BenchResult(final double pipeline, final double tagger, final double taggerTokens, final double passthrough,
            final double p50Ms, final double p99Ms, final long heapMb, final double rate, final int instances,
            final double recoverS) {
        this(pipeline, tagger, taggerTokens, passthrough, p50Ms, p99Ms, heapMb, rate, instances, recoverS, Double.NaN);
    }

    public BenchResult withRecovery(final double seconds) {
        return new BenchResult(pipeline, tagger, taggerTokens, passthrough, p50Ms, p99Ms, heapMb, rate, instances,
                seconds, storiesRatio);
    }

    public BenchResult withStoriesRatio(final double value) {
        return new BenchResult(pipeline, tagger, taggerTokens, passthrough, p50Ms, p99Ms, heapMb, rate, instances,
                recoverS, value);
    }

    public double ratio() {
        return pipeline / tagger;
    }

    public String summary() {
        return String.format(Locale.ROOT,
                "bench pipeline=%.1f tagger=%.1f passthrough=%.1f ratio=%.2f p50Ms=%.0f p99Ms=%.0f heapMb=%d"
                        + " instances=%d recoverS=%s", pipeline, tagger, passthrough, ratio(), p50Ms, p99Ms, heapMb,
                instances, Double.isNaN(recoverS) ? "-" : String.format(Locale.ROOT, "%.1f", recoverS))
                + (Double.isNaN(storiesRatio) ? "" : String.format(Locale.ROOT, " storiesRatio=%.2f", storiesRatio));
    }
}
