package io.newsflow.app.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Kafka node in this JVM: one KRaft process that is both broker and controller, listening on
 * 127.0.0.1; a cluster by itself unless {@link Builder#clusterMember} makes it one of several. It suits a
 * laptop, a demo or tests, never production.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final String HOST = BrokerProperties.HOST;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final int port;
    private final int controllerPort;
    private final int saslPort;
    private final Path dataDir;
    private final boolean deleteDataDirOnClose;
    private final Map<String, String> saslUsers;
    private final int nodeId;
    /** The controller quorum, {@code id@host:port,...}: this node alone unless it is one of a cluster. */
    private final String voters;
    private final String clusterId;
    private KafkaRaftServer server;
    private boolean everStarted;

    private EmbeddedKafkaBroker(final Builder b) {
        this.port = b.port == 0 ? FreePorts.find() : b.port;
        this.saslUsers = Map.copyOf(b.saslUsers);
        this.saslPort = saslUsers.isEmpty() ? -1 : FreePorts.findOtherThan(port);
        this.controllerPort = b.controllerPort == 0 ? FreePorts.findOtherThan(port, saslPort) : b.controllerPort;
        this.nodeId = b.nodeId;
        this.voters = b.voters == null ? nodeId + "@" + HOST + ":" + controllerPort : b.voters;
        this.clusterId = b.clusterId == null ? Uuid.randomUuid().toString() : b.clusterId;
        if (b.dataDir == null) {
            try {
                this.dataDir = Files.createTempDirectory("newsflow-kafka-");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create a temporary directory for the broker's data", e);
            }
            this.deleteDataDirOnClose = true;
        } else {
            this.dataDir = b.dataDir.toAbsolutePath();
            this.deleteDataDirOnClose = false;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Formats the storage on first use, starts the broker and waits until it answers. */
    public synchronized EmbeddedKafkaBroker start() {
        if (server != null) {
            return this;
        }
        final long startedAt = System.nanoTime();
        try {
            FreePorts.requireFree(port, "the broker's port");
            FreePorts.requireFree(controllerPort, "the controller's port");
            if (saslPort > 0) {
                FreePorts.requireFree(saslPort, "the SASL listener's port");
            }
            final KafkaConfig config = new KafkaConfig(BrokerProperties.of(nodeId, voters, port, controllerPort,
                    saslPort, saslUsers, dataDir), false);
            BrokerStorage.formatIfNeeded(config, dataDir, nodeId, clusterId);
            final KafkaRaftServer raftServer = new KafkaRaftServer(config, Time.SYSTEM);
            try {
                raftServer.startup();
            } catch (RuntimeException e) {
                raftServer.shutdown();
                throw new BrokerException("the embedded Kafka broker did not start on " + bootstrapServers()
                        + ": " + e.getMessage(), e);
            }
            server = raftServer;
            awaitReady();
        } catch (RuntimeException e) {
            if (server != null) {
                stop();
            }
            // A temporary directory of a broker that never ran holds nothing worth keeping.
            if (!everStarted && deleteDataDirOnClose) {
                BrokerStorage.deleteRecursively(dataDir);
            }
            throw e;
        }
        everStarted = true;
        LOG.info("event=broker_started bootstrapServers={} dataDir={} tookMs={}", bootstrapServers(), dataDir,
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedAt));
        return this;
    }

    /** Stops the broker, keeping its data and ports for {@link #start()} or {@link #restart()}. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        final long stoppingAt = System.nanoTime();
        server.shutdown();
        server.awaitShutdown();
        server = null;
        LOG.info("event=broker_stopped tookMs={}", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stoppingAt));
    }

    /** Stops and starts again on the same ports with the same data: clients see a broker bounce. */
    public synchronized void restart() {
        stop();
        start();
    }

    /** Stops the broker and deletes its data unless the data directory was given. */
    @Override
    public synchronized void close() {
        stop();
        if (deleteDataDirOnClose) {
            BrokerStorage.deleteRecursively(dataDir);
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** {@code 127.0.0.1:PORT} of the plaintext listener. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** {@code 127.0.0.1:PORT} of the SASL_PLAINTEXT (PLAIN) listener; only when users were given. */
    public String saslBootstrapServers() {
        if (saslPort < 0) {
            throw new IllegalStateException("this broker has no SASL listener: give users with Builder.saslUser");
        }
        return HOST + ":" + saslPort;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Polls the broker until it lists itself as a cluster member. */
    private void awaitReady() {
        final Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "5000");
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "5000");
        final long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Exception last = null;
        try (Admin admin = Admin.create(props)) {
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new BrokerException("interrupted while waiting for the broker", e);
                } catch (Exception e) {
                    last = e;
                }
            }
        }
        throw new BrokerException("the embedded Kafka broker on " + bootstrapServers() + " did not become ready within "
                + READY_TIMEOUT.toSeconds() + " s", last);
    }

    /** Options of an embedded broker; every one has a default. */
    public static final class Builder {
        private int port;
        private int nodeId = 1;
        private int controllerPort;
        private String voters;
        private String clusterId;
        private Path dataDir;
        private final Map<String, String> saslUsers = new LinkedHashMap<>();

        private Builder() {
        }

        /** Port of the plaintext listener on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(final int value) {
            if (value < 0 || value > 65_535) {
                throw new IllegalArgumentException("port must be between 0 and 65535, was " + value);
            }
            this.port = value;
            return this;
        }

        /** Where the broker keeps its logs; kept on close. Default: a temporary directory, deleted on close. */
        public Builder dataDir(final Path value) {
            this.dataDir = value;
            return this;
        }

        /** Adds a SASL_PLAINTEXT listener (mechanism PLAIN) that accepts this user. */
        public Builder saslUser(final String user, final String password) {
            if (user.isEmpty() || !user.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                throw new IllegalArgumentException("SASL user names are letters, digits, '-' and '_': " + user);
            }
            if (password.contains("\"") || password.contains("\\")) {
                throw new IllegalArgumentException("SASL passwords cannot contain quotes or backslashes");
            }
            saslUsers.put(user, password);
            return this;
        }

        /**
         * Makes this node one of a cluster: its id, its controller port and the whole controller quorum
         * ({@code id@127.0.0.1:port,...}, every node a voter), and the cluster id every node shares.
         * Internal topics are then replicated on up to 3 nodes.
         */
        public Builder clusterMember(final int id, final int controllerPortValue, final String quorum,
                final String cluster) {
            if (!quorum.contains(id + "@")) {
                throw new IllegalArgumentException("node " + id + " is not in the quorum " + quorum);
            }
            this.nodeId = id;
            this.controllerPort = controllerPortValue;
            this.voters = quorum;
            this.clusterId = Objects.requireNonNull(cluster);
            return this;
        }

        public EmbeddedKafkaBroker build() {
            return new EmbeddedKafkaBroker(this);
        }
    }
}
