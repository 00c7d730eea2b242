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
        if (metrics == null) {
            return Double.NaN;
        }
        return metrics.entrySet().stream()
                .filter(e -> RECORDS_LAG_MAX.equals(e.getKey().name()) && FETCH_GROUP.equals(e.getKey().group())
                        && !e.getKey().tags().getOrDefault("client-id", "").endsWith("restore-consumer"))
                .map(e -> e.getValue().metricValue())
                .filter(v -> v instanceof Number n && Double.isFinite(n.doubleValue()) && n.doubleValue() >= 0)
                .mapToDouble(v -> ((Number) v).doubleValue())
                .max().orElse(Double.NaN);
    }
}
