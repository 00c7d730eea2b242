package io.newsflow.bench;

/**
 * End-to-end latency at a fixed rate, below the pipeline's maximum so that queues stay short: half the
 * measured pipeline rate unless {@code --rate}, for about 30 s of articles (100 at least, no more than a
 * measured run).
 */
final class LatencyPhase {

    /**
     * What the latency run measured.
     *
     * @param rate articles/s the articles were posted at
     * @param p50Ms median latency from post to arrival on news.articles.current
     * @param p99Ms 99th percentile of that latency
     */
    record Latency(double rate, double p50Ms, double p99Ms) {
    }

    private LatencyPhase() {
    }

    /** The rate of the latency run: the given one, or half the pipeline's when none (0 or less) is given. */
    static double rate(final double given, final double pipeline) {
        return given > 0 ? given : pipeline / 2;
    }

    /** Articles of the latency run: about 30 s worth at {@code rate}, within [100, n]. */
    static int articles(final double rate, final int n) {
        return (int) Math.max(100, Math.min(n, rate * 30));
    }

    /** Posts at the latency rate and reports the rate, p50 and p99. */
    static Latency measure(final HttpLoad load, final Workload workload, final BenchConfig config,
            final double pipeline) throws Exception {
        final double rate = rate(config.rate(), pipeline);
        final int n = articles(rate, config.articles());
        final HttpLoad.Outcome latency = load.post(workload.generated("lat", n), rate);
        Report.say("latency at %.1f articles/s (%d articles, posted at a fixed rate): p50=%.0f ms p99=%.0f ms",
                rate, n, latency.p50Ms(), latency.p99Ms());
        return new Latency(rate, latency.p50Ms(), latency.p99Ms());
    }
}
