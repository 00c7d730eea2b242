package io.newsflow.sink;

import io.newsflow.common.config.ConfigChecks;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.common.service.StreamsSettings;
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

    public static final String COMMIT_INTERVAL = "sink.commit.interval";

    public static final String DEFAULT_APPLICATION_ID = "newsflow-sink";

    public static final List<ConfigOption> OPTIONS = StreamsSettings.options("sink", null, false);

    public SinkConfig {
        bootstrapServers = new StreamsSettings("sink", bootstrapServers, applicationId, stateDir, partitions,
                streamThreads, commitInterval).bootstrapServers();
        kafka = ConfigChecks.copyOf(kafka);
    }

    public static SinkConfig from(final Settings settings) {
        final StreamsSettings s = StreamsSettings.from("sink", settings);
        return new SinkConfig(s.bootstrapServers(), s.applicationId(), s.stateDir(), s.partitions(),
                s.streamThreads(), s.commitInterval(), settings.kafkaPassthrough());
    }

    /** The settings every Streams service has. */
    public StreamsSettings streams() {
        return new StreamsSettings("sink", bootstrapServers, applicationId, stateDir, partitions, streamThreads,
                commitInterval);
    }

    /** Kafka client settings passed through from the {@code kafka.} prefix (a copy). */
    @Override
    public Properties kafka() {
        return ConfigChecks.copyOf(kafka);
    }
}
