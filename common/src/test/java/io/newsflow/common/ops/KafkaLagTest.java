package io.newsflow.common.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.junit.jupiter.api.Test;

class KafkaLagTest {

    private record FixedMetric(MetricName metricName, Object metricValue) implements Metric {
    }

    private static void put(final Map<MetricName, Metric> m, final String name, final String group,
            final String clientId, final Object value) {
        final MetricName n = new MetricName(name, group, "", Map.of("client-id", clientId));
        m.put(n, new FixedMetric(n, value));
    }

    @Test
    void theLargestRecordsLagMaxOfTheMainConsumers() {
        final Map<MetricName, Metric> m = new LinkedHashMap<>();
        put(m, "records-lag-max", "consumer-fetch-manager-metrics", "enrich-StreamThread-1-consumer", 7.0);
        put(m, "records-lag-max", "consumer-fetch-manager-metrics", "enrich-StreamThread-2-consumer", 42.0);
        put(m, "records-lag-max", "consumer-fetch-manager-metrics", "enrich-StreamThread-1-restore-consumer", 900.0);
        put(m, "records-lag-max", "some-other-group", "x", 1000.0);
        put(m, "records-lead-min", "consumer-fetch-manager-metrics", "x", 5000.0);
        assertEquals(42.0, KafkaLag.maxRecordsLag(() -> m).getAsDouble());
    }

    @Test
    void unknownUntilAConsumerHasFetched() {
        final Map<MetricName, Metric> m = new LinkedHashMap<>();
        put(m, "records-lag-max", "consumer-fetch-manager-metrics", "c", Double.NaN);
        assertTrue(Double.isNaN(KafkaLag.maxRecordsLag(m)));
        assertTrue(Double.isNaN(KafkaLag.maxRecordsLag(Map.of())));
    }
}
