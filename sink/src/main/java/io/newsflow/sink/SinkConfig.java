package io.newsflow.sink;

import io.newsflow.common.config.ConfigChecks;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.common.topic.TopicAdmin;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;

/**
 * Settings of the sink. Keys of its own carry the {@code sink.} prefix, as every service's own keys
 * carry its name, so that the all-in-one launcher can accept the settings of every service on one
 * command line.
 */
public record SinkConfig(
        String bootstrapServers,
        String applicationId,
        Path stateDir,
        int partitions,
        int streamThreads,
        Duration commitInterval,
        Properties kafka) {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String APPLICATION_ID = "sink.application.id";
    public static final String STATE_DIR = "sink.state.dir";
    public static final String PARTITIONS = "partitions";
    public static final String STREAM_THREADS = "sink.stream.threads";
    public static final String COMMIT_INTERVAL = "sink.commit.interval";

    public static final String DEFAULT_APPLICATION_ID = "newsflow-sink";
    public static final int MAX_PARTITIONS = 10_000;
    public static final int MAX_STREAM_THREADS = 64;

    public static final List<ConfigOption> OPTIONS = List.of(
            new ConfigOption(BOOTSTRAP_SERVERS, null, "Kafka bootstrap servers, HOST:PORT[,HOST:PORT]"),
            new ConfigOption(APPLICATION_ID, DEFAULT_APPLICATION_ID,
                    "Kafka Streams application id of the sink (its consumer group and internal topic prefix)"),
            new ConfigOption(STATE_DIR, Path.of(System.getProperty("java.io.tmpdir"), "newsflow-streams").toString(),
                    "directory of the sink's local state store (rebuilt from its changelog when lost)"),
            TopicAdmin.partitionsOption(PARTITIONS, "the newsflow topics"),
            new ConfigOption(STREAM_THREADS, Integer.toString(Runtime.getRuntime().availableProcessors()),
                    "Kafka Streams threads of the sink (default: available processors)"),
            new ConfigOption(COMMIT_INTERVAL, "100ms", "how often the sink commits its transaction"));

    public SinkConfig {
        bootstrapServers = ConfigChecks.requireBootstrapServers(BOOTSTRAP_SERVERS, bootstrapServers);
        ConfigChecks.requireApplicationId(APPLICATION_ID, applicationId);
        if (stateDir == null || stateDir.toString().isBlank()) {
            throw new ConfigException(STATE_DIR + " is required");
        }
        ConfigChecks.requireRange(PARTITIONS, partitions, 1, MAX_PARTITIONS);
        ConfigChecks.requireRange(STREAM_THREADS, streamThreads, 1, MAX_STREAM_THREADS);
        if (commitInterval == null || commitInterval.isNegative() || commitInterval.isZero()) {
            throw new ConfigException(COMMIT_INTERVAL + " must be more than 0, was " + commitInterval);
        }
        kafka = ConfigChecks.copyOf(kafka);
    }

    public static SinkConfig from(final Settings settings) {
        return new SinkConfig(
                settings.require(BOOTSTRAP_SERVERS),
                settings.require(APPLICATION_ID),
                Path.of(settings.require(STATE_DIR)),
                settings.getInt(PARTITIONS, 1, MAX_PARTITIONS),
                settings.getInt(STREAM_THREADS, 1, MAX_STREAM_THREADS),
                settings.getDuration(COMMIT_INTERVAL),
                settings.kafkaPassthrough());
    }

    /** Kafka client settings passed through from the {@code kafka.} prefix (a copy). */
    @Override
    public Properties kafka() {
        return ConfigChecks.copyOf(kafka);
    }
}
