package io.newsflow.common.service;

import io.newsflow.common.ops.Metrics;
import io.newsflow.common.ops.OpsHandler;
import java.time.Duration;
import java.util.Objects;

/**
 * What the process gives every service it starts: the one {@link Metrics} registry, the ops handler
 * whose health answers the service joins, and how often the service logs its summary line. The runner
 * of a main makes one; the all-in-one launcher makes one for all the services of its JVM.
 *
 * @param ownsMetrics whether the service closes {@code metrics} with itself (a service started alone
 *                    from code, without a runner)
 */
public record ServiceContext(Metrics metrics, OpsHandler ops, Duration summaryInterval, boolean ownsMetrics) {

    public ServiceContext {
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(ops, "ops");
        if (summaryInterval == null || summaryInterval.isNegative()) {
            throw new IllegalArgumentException("summary interval must be zero or positive, was " + summaryInterval);
        }
    }

    /** A context over {@code metrics}, which the caller closes. */
    public static ServiceContext of(final Metrics metrics, final Duration summaryInterval) {
        return new ServiceContext(metrics, new OpsHandler(metrics), summaryInterval, false);
    }

    /**
     * A context of its own for a service started from code (tests, tools): a registry closed with the
     * service, and no periodic summary.
     */
    public static ServiceContext standalone(final String service) {
        final Metrics metrics = Metrics.create(service);
        return new ServiceContext(metrics, new OpsHandler(metrics), Duration.ZERO, true);
    }

    /** Closes the registry if the service owns it: on close, or when its start failed. */
    public void release() {
        if (ownsMetrics) {
            metrics.close();
        }
    }
}
