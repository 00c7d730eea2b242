package io.newsflow.app.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An embedded node's data directory: formatted for KRaft on first use, deleted when temporary. */
final class BrokerStorage {

    private static final Logger LOG = LoggerFactory.getLogger(BrokerStorage.class);

    private BrokerStorage() {
    }

    /** Formats {@code dataDir/log} for this node and cluster unless it already holds a formatted node. */
    static void formatIfNeeded(final KafkaConfig config, final Path dataDir, final int nodeId, final String clusterId) {
        final Path logDir = dataDir.resolve("log");
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        final ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(output, true, StandardCharsets.UTF_8))
                    .setNodeId(nodeId)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setControllerListenerName(BrokerProperties.CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new BrokerException("cannot format the broker storage in " + logDir + ": " + e.getMessage()
                    + " " + output.toString(StandardCharsets.UTF_8).strip(), e);
        }
        LOG.debug("event=storage_formatted dir={} output={}", logDir, output.toString(StandardCharsets.UTF_8).strip());
    }

    static void deleteRecursively(final Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.warn("event=delete_failed path={}", path, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("event=delete_failed path={}", dir, e);
        }
    }
}
