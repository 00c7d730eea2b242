package io.newsflow.api;

import io.newsflow.api.cluster.Cluster;
import io.newsflow.api.cluster.StoresNotReadyException;
import io.newsflow.api.cluster.StreamsCluster;
import io.newsflow.api.http.ApiHttp;
import io.newsflow.api.query.LocalStores;
import io.newsflow.api.stream.EventBuffer;
import io.newsflow.api.stream.LiveFeed;
import io.newsflow.common.http.WebServer;
import io.newsflow.common.service.Health;
import io.newsflow.common.service.ManagedService;
import io.newsflow.common.service.ServiceContext;
import io.newsflow.common.topic.Topic;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.state.HostInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The api as a running service: the HTTP server (bound first, so that its port can be advertised as
 * {@code application.server}), the stream that keeps the stores, and the live feed of {@code /api/stream}.
 * Until the stream runs, queries are answered 503.
 */
public final class ApiService implements ManagedService {

    private static final Logger LOG = LoggerFactory.getLogger(ApiService.class);
    /** SSE subscribers hold request threads: room for them beside the queries. */
    private static final int EXTRA_THREADS = 64;
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(2);

    private final EventBuffer buffer;
    private final WebServer web;
    private final ApiStreams streams;
    private final LiveFeed feed;
    private final URI uri;

    private ApiService(final EventBuffer buffer, final WebServer web, final ApiStreams streams, final LiveFeed feed,
            final URI uri) {
        this.buffer = buffer;
        this.web = web;
        this.streams = streams;
        this.feed = feed;
        this.uri = uri;
    }

    /** Starts the api with a metrics registry of its own, closed with the service. */
    public static ApiService start(final ApiConfig cfg) {
        return start(cfg, ServiceContext.standalone("api"));
    }

    /**
     * Serves HTTP, then creates the topics when missing and starts the stream and the live feed.
     *
     * @throws IllegalStateException when the port cannot be bound
     * @throws io.newsflow.common.topic.TopicConfigException when the cluster cannot be reached
     */
    public static ApiService start(final ApiConfig cfg, final ServiceContext context) {
        final ApiMeters meters = ApiMeters.of(context.metrics());
        final EventBuffer buffer = new EventBuffer(cfg.replay(), cfg.subscribers(), cfg.subscriberQueue());
        final AtomicReference<StreamsCluster> cluster = new AtomicReference<>();
        final ApiHttp http = new ApiHttp(deferredStores(cluster), deferredCluster(cluster), buffer, context.ops());
        final WebServer web;
        try {
            web = WebServer.start(new WebServer.Options("api-http", cfg.httpHost(), cfg.httpPort(),
                    cfg.subscribers() + EXTRA_THREADS, 4, -1, -1, Duration.ofSeconds(30), STOP_TIMEOUT), http::addTo);
        } catch (IllegalStateException e) {
            context.release();
            throw new IllegalStateException("cannot serve HTTP on " + cfg.httpHost() + ":" + cfg.httpPort() + ": "
                    + e.getMessage(), e);
        }
        final HostInfo self = new HostInfo(cfg.reachableHost(), web.port());
        ApiStreams streams = null;
        try {
            final Properties props = ApiTopology.streamsConfig(cfg);
            props.put(StreamsConfig.APPLICATION_SERVER_CONFIG, self.host() + ":" + self.port());
            streams = ApiStreams.start(cfg, props, meters, context);
            cluster.set(new StreamsCluster(streams.kafkaStreams(), self));
            final LiveFeed feed = LiveFeed.start(cfg.streams().bootstrapServers(), cfg.kafka(), buffer,
                    meters.events());
            final URI uri = URI.create("http://" + self.host() + ":" + self.port() + "/");
            LOG.info("event=http_started url={} applicationServer={}:{}", uri, self.host(), self.port());
            return new ApiService(buffer, web, streams, feed, uri);
        } catch (RuntimeException e) {
            buffer.close();
            closeQuietly(web);
            if (streams != null) {
                streams.close();
            }
            throw e;
        }
    }

    public static List<Topic<?, ?>> topics() {
        return ApiStreams.topics();
    }

    private static LocalStores deferredStores(final AtomicReference<StreamsCluster> cluster) {
        return new LocalStores(() -> running(cluster).localStores().partitions(),
                () -> running(cluster).localStores().storyPartitions());
    }

    private static Cluster deferredCluster(final AtomicReference<StreamsCluster> cluster) {
        return new Cluster() {
            @Override
            public Optional<HostInfo> ownerOf(final String store, final String key) {
                return running(cluster).ownerOf(store, key);
            }

            @Override
            public List<HostInfo> others(final String store) {
                return running(cluster).others(store);
            }
        };
    }

    private static StreamsCluster running(final AtomicReference<StreamsCluster> cluster) {
        final StreamsCluster c = cluster.get();
        if (c == null) {
            throw new StoresNotReadyException("the api is starting");
        }
        return c;
    }

    /** {@code http://HOST:PORT/}: the web page; the API under {@code api/}. */
    public URI uri() {
        return uri;
    }

    public int port() {
        return web.port();
    }

    @Override
    public String name() {
        return "api";
    }

    @Override
    public Health health() {
        if (!feed.isAlive()) {
            return Health.dead("the live feed stopped");
        }
        return streams.health();
    }

    @Override
    public boolean live() {
        return feed.isAlive() && streams.live();
    }

    /** Ends the live subscriptions, stops HTTP, the feed and the stream. */
    @Override
    public void close() {
        buffer.close();
        closeQuietly(web);
        feed.close();
        streams.close();
        LOG.info("event=stopped component=api");
    }

    private static void closeQuietly(final WebServer web) {
        try {
            web.close();
        } catch (Exception e) {
            LOG.warn("event=http_stop_failed", e);
        }
    }
}
