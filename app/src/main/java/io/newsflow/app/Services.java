package io.newsflow.app;

import io.newsflow.api.ApiConfig;
import io.newsflow.api.ApiService;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestConfig;
import io.newsflow.ingest.IngestService;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkService;
import java.util.Collection;
import java.util.List;

/**
 * The services of newsflow in the order they start; they stop in reverse. Ingest comes first: its
 * intake port serves the health and metrics of all of them, and it publishes the seeds. The api comes
 * last: it reads what the others write.
 */
public final class Services {

    private Services() {
    }

    public static List<ServiceModule<?>> all() {
        return List.of(
                ServiceModule.of("ingest", IngestConfig.OPTIONS, IngestService.topics(), IngestConfig::from,
                        IngestService::start, (ingest, dir, out) -> SeedIngester.ingest(dir, ingest.publisher(), out)),
                ServiceModule.of("enrich", EnrichConfig.OPTIONS, EnrichService.topics(), EnrichConfig::from,
                        EnrichService::start),
                ServiceModule.of("sink", SinkConfig.OPTIONS, SinkService.topics(), SinkConfig::from,
                        SinkService::start),
                ServiceModule.of("api", ApiConfig.OPTIONS, ApiService.topics(), ApiConfig::from, ApiService::start));
    }

    /**
     * The services called {@code names}, in their start order.
     *
     * @throws IllegalArgumentException when a name is none of theirs
     */
    public static List<ServiceModule<?>> named(final Collection<String> names) {
        final List<ServiceModule<?>> all = all();
        for (String name : names) {
            if (all.stream().noneMatch(m -> m.name().equals(name))) {
                throw new IllegalArgumentException("no service called '" + name + "'");
            }
        }
        return all.stream().filter(m -> names.contains(m.name())).toList();
    }
}
