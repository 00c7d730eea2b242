package io.newsflow.common.ops;

import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;

/**
 * Consumer lag read from a Kafka client's own metrics, for the summary line: pass
 * {@code consumer::metrics} or, in Kafka Streams, {@code streams::metrics}.
 */
public final class KafkaLag {

    public static final String RECORDS_LAG_MAX = "records-lag-max";
    public static final String FETCH_GROUP = "consumer-fetch-manager-metrics";

    private KafkaLag() {
    }

    /**
     * The largest {@code records-lag-max} over the main consumers (restore consumers left out), or NaN
     * while no consumer has fetched yet.
     */
    public static DoubleSupplier maxRecordsLag(final Supplier<? extends Map<MetricName, ? extends Metric>> metrics) {
        return () -> maxRecordsLag(metrics.get());
    }

    public static double maxRecordsLag(final Map<MetricName, ? extends Metric> metrics) {
        double max = Double.NaN;
        if (metrics == null) {
            return max;
        }
        for (Map.Entry<MetricName, ? extends Metric> e : metrics.entrySet()) {
            final MetricName name = e.getKey();
            if (!RECORDS_LAG_MAX.equals(name.name()) || !FETCH_GROUP.equals(name.group())) {
                continue;
            }
            final String clientId = name.tags().getOrDefault("client-id", "");
            if (clientId.endsWith("restore-consumer")) {
                continue;
            }
            final Object value = e.getValue().metricValue();
            if (value instanceof Number n) {
                final double v = n.doubleValue();
                if (Double.isFinite(v) && v >= 0 && (Double.isNaN(max) || v > max)) {
                    max = v;
                }
            }
        }
        return max;
    }
}
