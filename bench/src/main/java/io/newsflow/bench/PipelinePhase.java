package io.newsflow.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;

/** The whole pipeline at full speed: articles posted to the intake until each is on news.articles.current. */
final class PipelinePhase {

    private PipelinePhase() {
    }

    /** Warms the running pipeline up, then posts {@code n} articles as fast as it takes them: articles/s. */
    static double measure(final HttpLoad load, final Workload workload, final int n) throws Exception {
        return measureWithCpu(load, workload, n).articlesPerSecond();
    }

    /**
     * The rate and the CPU time the whole JVM (broker, services, client) spent per article while the
     * {@code n} articles went through: on a machine whose speed drifts, the CPU an article costs moves less
     * than the rate.
     */
    static Rate measureWithCpu(final HttpLoad load, final Workload workload, final int n) throws Exception {
        WarmUp.warmUp("pipeline", round -> load.post(workload.generated("pipewarm" + round, WarmUp.ROUND_ARTICLES),
                0));
        final OperatingSystemMXBean os = ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class);
        final long cpuBefore = os.getProcessCpuTime();
        final HttpLoad.Outcome outcome = load.post(workload.articles("pipe", n), 0);
        final double pipeline = outcome.rate();
        final double cpuMs = cpuBefore < 0 ? -1 : (os.getProcessCpuTime() - cpuBefore) / 1e6 / n;
        Report.say("pipeline (HTTP intake to news.articles.current, exactly_once_v2): %.1f articles/s, %.2f ms of CPU"
                + " an article, %.1f articles/s from the 10th to the 90th percentile of arrivals", pipeline, cpuMs,
                outcome.steadyRate());
        return new Rate(pipeline, cpuMs, outcome.steadyRate());
    }

    /**
     * Articles/s, ms of the JVM's CPU time per article (negative when the JVM does not report it), and
     * articles/s between the 10th and 90th percentile of arrivals ({@link HttpLoad.Outcome#steadyRate()}).
     */
    record Rate(double articlesPerSecond, double cpuMsPerArticle, double steadyRate) {
    }
}
