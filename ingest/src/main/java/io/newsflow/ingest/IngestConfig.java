package io.newsflow.ingest;

import io.newsflow.common.article.ArticleValidator;
import io.newsflow.common.config.ConfigChecks;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.common.topic.Replication;
import io.newsflow.common.topic.TopicAdmin;
import io.newsflow.ingest.feeds.FeedsConfig;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The settings of the ingest service, checked once at start-up; the help of each of {@link #OPTIONS} says
 * what the component of the same name means, and {@code kafka} holds the passthrough Kafka settings.
 */
public record IngestConfig(
        String bootstrapServers,
        String httpHost,
        int httpPort,
        int partitions,
        int maxBodyBytes,
        int maxBatchBytes,
        Duration sendTimeout,
        Duration idleTimeout,
        String authToken,
        Properties kafka,
        Replication replication,
        FeedsConfig feeds) {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String HTTP_HOST = "ingest.http.host";
    public static final String HTTP_PORT = "ingest.http.port";
    public static final String HTTP_IDLE_TIMEOUT = "ingest.http.idle.timeout";
    /** Partitions of {@code news.articles.raw}, the same setting as every service's {@code partitions}. */
    public static final String PARTITIONS = "partitions";
    public static final String MAX_BODY_BYTES = "max.body.bytes";
    public static final String MAX_BATCH_BYTES = "ingest.max.batch.bytes";
    public static final String SEND_TIMEOUT = "ingest.send.timeout";
    public static final String AUTH_TOKEN = "ingest.auth.token";

    public static final List<ConfigOption> OPTIONS = Stream.concat(Stream.of(
            new ConfigOption(BOOTSTRAP_SERVERS, null, "Kafka bootstrap servers, HOST:PORT[,HOST:PORT...] (required)"),
            new ConfigOption(HTTP_HOST, "127.0.0.1", "interface the HTTP intake listens on (0.0.0.0 for all)")
                    .formerly("http.host"),
            new ConfigOption(HTTP_PORT, "8080", "HTTP intake port; 0 picks a free port").formerly("http.port"),
            new ConfigOption(HTTP_IDLE_TIMEOUT, "30s", "a connection idle this long (e.g. a stalled body) is closed")
                    .formerly("http.idle.timeout"),
            TopicAdmin.partitionsOption(PARTITIONS, "news.articles.raw").formerly("raw.partitions"),
            Replication.OPTIONS.get(0),
            Replication.OPTIONS.get(1),
            new ConfigOption(MAX_BODY_BYTES, String.valueOf(ArticleValidator.DEFAULT_MAX_BODY_BYTES),
                    "largest article body and largest POST /articles request, in bytes"),
            new ConfigOption(MAX_BATCH_BYTES, String.valueOf(16 * 1024 * 1024),
                    "largest POST /articles/batch request, in bytes").formerly("max.batch.bytes"),
            new ConfigOption(SEND_TIMEOUT, "10s", "longest wait for the broker's acknowledgement before answering 503")
                    .formerly("send.timeout"),
            new ConfigOption(AUTH_TOKEN, "", "bearer token required on every request but GET /health; empty = no auth")
                    .formerly("auth.token")), FeedsConfig.OPTIONS.stream()).toList();

    private static final Duration MIN_SEND_TIMEOUT = Duration.ofMillis(100);
    private static final Duration MAX_SEND_TIMEOUT = Duration.ofMinutes(5);

    public IngestConfig {
        bootstrapServers = ConfigChecks.requireBootstrapServers(BOOTSTRAP_SERVERS, bootstrapServers);
        if (httpHost == null || httpHost.isBlank()) {
            throw new ConfigException(HTTP_HOST + " must not be empty");
        }
        httpHost = httpHost.strip();
        ConfigChecks.requireRange(HTTP_PORT, httpPort, 0, 65_535);
        ConfigChecks.requireRange(PARTITIONS, partitions, 1, 10_000);
        ConfigChecks.requireRange(MAX_BODY_BYTES, maxBodyBytes, 1, 64 * 1024 * 1024);
        ConfigChecks.requireRange(MAX_BATCH_BYTES, maxBatchBytes, 1, 1024 * 1024 * 1024);
        if (sendTimeout == null || sendTimeout.compareTo(MIN_SEND_TIMEOUT) < 0
                || sendTimeout.compareTo(MAX_SEND_TIMEOUT) > 0) {
            throw new ConfigException(SEND_TIMEOUT + " must be between 100ms and 5m, was " + sendTimeout);
        }
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new ConfigException(HTTP_IDLE_TIMEOUT + " must be positive, was " + idleTimeout);
        }
        authToken = authToken == null ? "" : authToken.strip();
        kafka = ConfigChecks.copyOf(kafka);
        replication = replication == null ? Replication.AUTO : replication;
        feeds = feeds == null ? FeedsConfig.NONE : feeds;
    }

    /** Replication as the cluster allows ({@link Replication#AUTO}). */
    public IngestConfig(final String bootstrapServers, final String httpHost, final int httpPort, final int partitions,
            final int maxBodyBytes, final int maxBatchBytes, final Duration sendTimeout, final Duration idleTimeout,
            final String authToken, final Properties kafka) {
        this(bootstrapServers, httpHost, httpPort, partitions, maxBodyBytes, maxBatchBytes, sendTimeout, idleTimeout,
                authToken, kafka, Replication.AUTO, FeedsConfig.NONE);
    }

    /** Reads and checks the settings; a {@link ConfigException} names the first one that is wrong. */
    public static IngestConfig from(final Settings settings) {
        return new IngestConfig(
                settings.require(BOOTSTRAP_SERVERS),
                settings.require(HTTP_HOST),
                settings.getInt(HTTP_PORT, 0, 65_535),
                settings.getInt(PARTITIONS, 1, 10_000),
                settings.getInt(MAX_BODY_BYTES, 1, 64 * 1024 * 1024),
                settings.getInt(MAX_BATCH_BYTES, 1, 1024 * 1024 * 1024),
                settings.getDuration(SEND_TIMEOUT),
                settings.getDuration(HTTP_IDLE_TIMEOUT),
                settings.get(AUTH_TOKEN),
                settings.kafkaPassthrough(),
                Replication.from(settings),
                FeedsConfig.from(settings));
    }

    public boolean authEnabled() {
        return !authToken.isEmpty();
    }

    /** A copy of the passthrough settings, so that callers cannot change this config. */
    @Override
    public Properties kafka() {
        return ConfigChecks.copyOf(kafka);
    }

    /** Never prints the token or passthrough secrets. */
    @Override
    public String toString() {
        final StringBuilder masked = new StringBuilder();
        kafka.stringPropertyNames().stream().sorted().forEach(k -> masked.append(masked.length() == 0 ? "" : ", ")
                .append(k).append('=').append(Settings.isSecret(k) ? "****" : kafka.getProperty(k)));
        return "IngestConfig[bootstrapServers=" + bootstrapServers + ", httpHost=" + httpHost + ", httpPort="
                + httpPort + ", partitions=" + partitions + ", replication=" + replication + ", maxBodyBytes=" + maxBodyBytes + ", maxBatchBytes="
                + maxBatchBytes + ", sendTimeout=" + sendTimeout + ", idleTimeout=" + idleTimeout + ", auth="
                + (authEnabled() ? "on" : "off") + ", feeds=" + feeds.feeds().size() + ", kafka={" + masked + "}]";
    }
}
