package io.newsflow.app;

import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkService;
import java.util.List;

/** The services of newsflow in the order they start; they stop in reverse. */
public final class Services {

    private Services() {
    }

    public static List<ServiceModule> all() {
        return List.of(
                new ServiceModule("enrich", EnrichConfig.OPTIONS, s -> EnrichService.start(EnrichConfig.from(s))),
                new ServiceModule("sink", SinkConfig.OPTIONS, s -> SinkService.start(SinkConfig.from(s))));
    }
}
