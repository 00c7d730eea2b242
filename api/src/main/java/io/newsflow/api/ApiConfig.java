package io.newsflow.api;

import io.newsflow.common.config.ConfigChecks;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.common.service.StreamsSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Settings of the api service, checked once at start-up. Its own keys carry the {@code api.} prefix like
 * every service's, so the all-in-one launcher takes them on one command line.
 *
 * @param streams        the settings every Streams service has (application id, state dir, threads...)
 * @param httpHost       interface the HTTP server listens on
 * @param httpPort       its port, 0 for any free one
 * @param advertisedHost the host other api instances reach this one at ({@code application.server});
 *                       empty: {@code httpHost}
 * @param replay         events the live stream keeps for {@code Last-Event-ID} resumption
 * @param subscribers    live-stream subscribers served at once; more are answered 503
 * @param subscriberQueue events queued for one subscriber before it is dropped as too slow
 * @param kafka          {@code kafka.} passthrough settings
 */
public record ApiConfig(StreamsSettings streams, String httpHost, int httpPort, String advertisedHost, int replay,
        int subscribers, int subscriberQueue, Properties kafka) {

    public static final String HTTP_HOST = "api.http.host";
    public static final String HTTP_PORT = "api.http.port";
    public static final String ADVERTISED_HOST = "api.advertised.host";
    public static final String SSE_REPLAY = "api.sse.replay";
    public static final String SSE_SUBSCRIBERS = "api.sse.max.subscribers";
    public static final String SSE_QUEUE = "api.sse.queue";
    public static final int DEFAULT_PORT = 8090;

    public static final List<ConfigOption> OPTIONS = Stream.concat(
            StreamsSettings.options("api", null, false).stream(), Stream.of(
                    new ConfigOption(HTTP_HOST, "127.0.0.1", "interface the api listens on (0.0.0.0 for all)"),
                    new ConfigOption(HTTP_PORT, String.valueOf(DEFAULT_PORT), "api HTTP port; 0 picks a free port"),
                    new ConfigOption(ADVERTISED_HOST, "",
                            "host the other api instances reach this one at (empty: the listening interface)"),
                    new ConfigOption(SSE_REPLAY, "10000", "events of /api/stream kept for Last-Event-ID resumption"),
                    new ConfigOption(SSE_SUBSCRIBERS, "100", "/api/stream subscribers served at once (more: 503)"),
                    new ConfigOption(SSE_QUEUE, "1000",
                            "events queued for one /api/stream subscriber before it is dropped as too slow")))
            .toList();

    public ApiConfig {
        if (httpHost == null || httpHost.isBlank()) {
            throw new ConfigException(HTTP_HOST + " is required");
        }
        ConfigChecks.requireRange(HTTP_PORT, httpPort, 0, 65_535);
        ConfigChecks.requireRange(SSE_REPLAY, replay, 1, 1_000_000);
        ConfigChecks.requireRange(SSE_SUBSCRIBERS, subscribers, 1, 10_000);
        ConfigChecks.requireRange(SSE_QUEUE, subscriberQueue, 1, 1_000_000);
        advertisedHost = advertisedHost == null ? "" : advertisedHost.trim();
        if (advertisedHost.isEmpty() && ("0.0.0.0".equals(httpHost) || "::".equals(httpHost))) {
            throw new ConfigException(ADVERTISED_HOST + " is required when " + HTTP_HOST + " is " + httpHost
                    + ": the other instances need an address to forward queries to");
        }
        kafka = ConfigChecks.copyOf(kafka);
    }

    public static ApiConfig from(final Settings s) {
        return new ApiConfig(StreamsSettings.from("api", s), s.require(HTTP_HOST), s.getInt(HTTP_PORT, 0, 65_535),
                s.get(ADVERTISED_HOST), s.getInt(SSE_REPLAY, 1, 1_000_000), s.getInt(SSE_SUBSCRIBERS, 1, 10_000),
                s.getInt(SSE_QUEUE, 1, 1_000_000), s.kafkaPassthrough());
    }

    /** A configuration for tests and tools: defaults for everything but the cluster, state dir and port. */
    public static ApiConfig of(final String bootstrapServers, final String applicationId, final Path stateDir,
            final int httpPort) {
        return new ApiConfig(new StreamsSettings("api", bootstrapServers, applicationId, stateDir, 1, 1,
                Duration.ofMillis(100)), "127.0.0.1", httpPort, "", 10_000, 100, 1000, new Properties());
    }

    /** The host other instances use to reach this one. */
    public String reachableHost() {
        return advertisedHost.isEmpty() ? httpHost : advertisedHost;
    }

    @Override
    public Properties kafka() {
        return ConfigChecks.copyOf(kafka);
    }
}
