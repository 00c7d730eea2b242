package io.newsflow.common.service;

import io.newsflow.common.config.ConfigChecks;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.common.topic.Replication;
import io.newsflow.common.topic.TopicAdmin;
import io.newsflow.common.topic.Topics;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The settings every Kafka Streams service has, each under the service's name ({@code
 * enrich.application.id}, {@code sink.stream.threads}) but the cluster and the partitions, checked
 * alike for every service.
 *
 * @param service          {@code enrich}, {@code sink}: the first word of the service's own keys
 * @param bootstrapServers Kafka brokers, {@code host:port[,host:port...]}
 * @param applicationId    Kafka Streams application id: consumer group and prefix of internal topics
 * @param stateDir         directory for Kafka Streams' local state
 * @param partitions       partitions of the topics the service creates when they are missing
 * @param streamThreads    stream threads of this instance
 * @param commitInterval   how often Streams commits its transaction: the upper bound of end-to-end latency
 * @param replication      replicas of the topics it creates, its internal topics included
 */
public record StreamsSettings(String service, String bootstrapServers, String applicationId, Path stateDir,
        int partitions, int streamThreads, Duration commitInterval, Replication replication) {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String PARTITIONS = "partitions";
    public static final int MAX_PARTITIONS = 10_000;
    public static final int MAX_STREAM_THREADS = 256;

    public StreamsSettings {
        replication = replication == null ? Replication.AUTO : replication;
        bootstrapServers = ConfigChecks.requireBootstrapServers(BOOTSTRAP_SERVERS, bootstrapServers);
        ConfigChecks.requireApplicationId(key(service, "application.id"), applicationId);
        if (stateDir == null || stateDir.toString().isBlank()) {
            throw new ConfigException(key(service, "state.dir") + " is required");
        }
        ConfigChecks.requireRange(PARTITIONS, partitions, 1, MAX_PARTITIONS);
        ConfigChecks.requireRange(key(service, "stream.threads"), streamThreads, 1, MAX_STREAM_THREADS);
        if (commitInterval == null || commitInterval.isNegative() || commitInterval.isZero()
                || commitInterval.compareTo(Duration.ofHours(1)) > 0) {
            throw new ConfigException(key(service, "commit.interval") + " must be more than 0 and at most 1h, was "
                    + commitInterval);
        }
    }

    /** Replication as the cluster allows ({@link Replication#AUTO}). */
    public StreamsSettings(final String service, final String bootstrapServers, final String applicationId,
            final Path stateDir, final int partitions, final int streamThreads, final Duration commitInterval) {
        this(service, bootstrapServers, applicationId, stateDir, partitions, streamThreads, commitInterval,
                Replication.AUTO);
    }

    /** {@code service.name}: the key of the setting {@code name} of {@code service}. */
    public static String key(final String service, final String name) {
        return service + "." + name;
    }

    /**
     * The options of these settings for {@code service}, with its defaults.
     *
     * @param bootstrapDefault  the cluster when none is given (null: it must be given)
     * @param unprefixedBefore  whether the service's keys had no prefix in the release before
     *                          ({@code application.id}): those still work, with a warning
     */
    public static List<ConfigOption> options(final String service, final String bootstrapDefault,
            final boolean unprefixedBefore) {
        final List<ConfigOption> own = List.of(
                new ConfigOption(key(service, "application.id"), "newsflow-" + service,
                        "Kafka Streams application id of " + service + " (its consumer group, prefix of its internal"
                                + " topics)"),
                new ConfigOption(key(service, "state.dir"),
                        Path.of(System.getProperty("java.io.tmpdir"), "newsflow-" + service).toString(),
                        "directory of " + service + "'s Kafka Streams local state (rebuilt from its changelogs when"
                                + " lost)"),
                new ConfigOption(key(service, "stream.threads"),
                        String.valueOf(Runtime.getRuntime().availableProcessors()),
                        "stream threads of " + service + " (default: the number of processors)"),
                new ConfigOption(key(service, "commit.interval"), "100ms",
                        "how often " + service + " commits its transaction (500ms, 1s, PT1S)"));
        return List.of(new ConfigOption(BOOTSTRAP_SERVERS, bootstrapDefault, "Kafka brokers, HOST:PORT[,HOST:PORT...]"),
                unprefixedBefore ? own.get(0).formerly("application.id") : own.get(0),
                unprefixedBefore ? own.get(1).formerly("state.dir") : own.get(1),
                TopicAdmin.partitionsOption(PARTITIONS, "the topics " + service + " uses"),
                Replication.OPTIONS.get(0), Replication.OPTIONS.get(1),
                unprefixedBefore ? own.get(2).formerly("stream.threads") : own.get(2),
                unprefixedBefore ? own.get(3).formerly("commit.interval") : own.get(3));
    }

    /** Reads and checks the settings of {@code service}; every key must have a value (defaults included). */
    public static StreamsSettings from(final String service, final Settings s) {
        final String stateDir = s.require(key(service, "state.dir"));
        try {
            return new StreamsSettings(service, s.require(BOOTSTRAP_SERVERS), s.require(key(service, "application.id")),
                    Path.of(stateDir), s.getInt(PARTITIONS, 1, MAX_PARTITIONS),
                    s.getInt(key(service, "stream.threads"), 1, MAX_STREAM_THREADS),
                    s.getDuration(key(service, "commit.interval")), Replication.from(s));
        } catch (InvalidPathException e) {
            throw new ConfigException(key(service, "state.dir") + " is not a valid path: '" + stateDir + "'", e);
        }
    }

    /**
     * The Kafka Streams settings every service runs with: exactly-once (v2), the dead-letter topic,
     * exception handlers applied to every processor; the service adds its handlers and passthrough.
     */
    public Properties properties() {
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, streamThreads);
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitInterval.toMillis());
        props.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DLQ.name());
        // No global stores; said explicitly so that Streams does not warn about the 5.0 default.
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        return props;
    }

    /**
     * {@code props} once Kafka Streams accepts them.
     *
     * @throws ConfigException when it does not (e.g. a bad {@code kafka.} passthrough setting)
     */
    public static Properties checked(final Properties props) {
        try {
            new StreamsConfig(props);
        } catch (org.apache.kafka.common.config.ConfigException e) {
            throw new ConfigException("invalid Kafka Streams setting (kafka. passthrough): " + e.getMessage(), e);
        }
        return props;
    }
}
