package io.newsflow.app;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestService;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkService;
import java.util.List;

/**
 * The services of newsflow in the order they start; they stop in reverse. Ingest comes first: its
 * intake port serves the health and metrics of all of them.
 */
public final class Services {

    private Services() {
    }

    public static List<ServiceModule<?>> all() {
        return List.of(
                new ServiceModule<>("ingest", IngestConfig.OPTIONS, IngestConfig::from, IngestService::start),
                new ServiceModule<>("enrich", EnrichConfig.OPTIONS, EnrichConfig::from, EnrichService::start),
                new ServiceModule<>("sink", SinkConfig.OPTIONS, SinkConfig::from, SinkService::start));
    }
}
