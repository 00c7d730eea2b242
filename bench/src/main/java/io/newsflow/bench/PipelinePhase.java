package io.newsflow.bench;

/** The whole pipeline at full speed: articles posted to the intake until each is on news.articles.current. */
final class PipelinePhase {

    private PipelinePhase() {
    }

    /** Warms the running pipeline up, then posts {@code n} articles as fast as it takes them: articles/s. */
    static double measure(final HttpLoad load, final Workload workload, final int n) throws Exception {
        WarmUp.warmUp("pipeline", round -> load.post(workload.generated("pipewarm" + round, WarmUp.ROUND_ARTICLES),
                0));
        final double pipeline = load.post(workload.articles("pipe", n), 0).rate();
        Report.say("pipeline (HTTP intake to news.articles.current, exactly_once_v2): %.1f articles/s", pipeline);
        return pipeline;
    }
}
