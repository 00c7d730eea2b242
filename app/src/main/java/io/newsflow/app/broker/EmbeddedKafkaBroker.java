package io.newsflow.app.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Kafka cluster in this JVM: one KRaft process that is both broker and controller,
 * listening on 127.0.0.1. Internal topics are replicated once, so it suits a laptop, a demo or tests,
 * never production.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(0).build().start()) {
 *     String bootstrap = broker.bootstrapServers();
 * }
 * }</pre>
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    static {
        KafkaLogLevels.applyDefault();
    }

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String PLAIN_LISTENER = "PLAINTEXT";
    private static final String SASL_LISTENER = "SASL_PLAINTEXT";
    private static final String HOST = "127.0.0.1";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final int port;
    private final int controllerPort;
    private final int saslPort;
    private final Path dataDir;
    private final boolean deleteDataDirOnClose;
    private final Map<String, String> saslUsers;
    private final Map<String, String> extraProperties;
    private final String clusterId = Uuid.randomUuid().toString();
    private KafkaRaftServer server;
    private boolean everStarted;

    private EmbeddedKafkaBroker(final Builder b) {
        this.port = b.port == 0 ? FreePorts.find() : b.port;
        this.saslUsers = Map.copyOf(b.saslUsers);
        this.saslPort = saslUsers.isEmpty() ? -1 : b.saslPort == 0 ? FreePorts.findOtherThan(port) : b.saslPort;
        this.controllerPort = FreePorts.findOtherThan(port, saslPort);
        this.extraProperties = Map.copyOf(b.extraProperties);
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
            final KafkaConfig config = new KafkaConfig(serverProperties(), false);
            formatIfNeeded(config);
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
                deleteRecursively(dataDir);
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
            deleteRecursively(dataDir);
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

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    private Properties serverProperties() {
        final Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        p.put("controller.listener.names", CONTROLLER_LISTENER);
        p.put("inter.broker.listener.name", PLAIN_LISTENER);
        String listeners = PLAIN_LISTENER + "://" + HOST + ":" + port + "," + CONTROLLER_LISTENER + "://" + HOST + ":"
                + controllerPort;
        String advertised = PLAIN_LISTENER + "://" + HOST + ":" + port;
        String protocols = PLAIN_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT";
        if (saslPort > 0) {
            listeners += "," + SASL_LISTENER + "://" + HOST + ":" + saslPort;
            advertised += "," + SASL_LISTENER + "://" + HOST + ":" + saslPort;
            protocols += "," + SASL_LISTENER + ":SASL_PLAINTEXT";
            p.put("sasl.enabled.mechanisms", "PLAIN");
            p.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", plainJaasConfig());
        }
        p.put("listeners", listeners);
        p.put("advertised.listeners", advertised);
        p.put("listener.security.protocol.map", protocols);
        p.put("log.dirs", dataDir.resolve("log").toString());
        // One node: every internal topic has a single replica, and few partitions so it starts fast.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "10");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("num.partitions", "3");
        p.put("group.initial.rebalance.delay.ms", "0");
        // The log cleaner's dedupe buffer defaults to 128 MiB; a demo broker needs far less.
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        p.putAll(extraProperties);
        final Properties props = new Properties();
        props.putAll(p);
        return props;
    }

    private String plainJaasConfig() {
        final String users = saslUsers.entrySet().stream()
                .map(e -> " user_" + e.getKey() + "=\"" + e.getValue() + "\"")
                .collect(Collectors.joining());
        return "org.apache.kafka.common.security.plain.PlainLoginModule required" + users + ";";
    }

    private void formatIfNeeded(final KafkaConfig config) {
        final Path logDir = dataDir.resolve("log");
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        final ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            Files.createDirectories(logDir);
            new Formatter()
                    .setPrintStream(new PrintStream(output, true, StandardCharsets.UTF_8))
                    .setNodeId(NODE_ID)
                    .setClusterId(clusterId)
                    .setDirectories(List.of(logDir.toString()))
                    .setMetadataLogDirectory(config.metadataLogDir())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .setIgnoreFormatted(true)
                    .run();
        } catch (Exception e) {
            throw new BrokerException("cannot format the broker storage in " + logDir + ": " + e.getMessage()
                    + " " + output.toString(StandardCharsets.UTF_8).strip(), e);
        }
        LOG.debug("event=storage_formatted dir={} output={}", logDir, output.toString(StandardCharsets.UTF_8).strip());
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

    private static void deleteRecursively(final Path dir) {
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

    /** Options of an embedded broker; every one has a default. */
    public static final class Builder {
        private int port;
        private int saslPort;
        private Path dataDir;
        private final Map<String, String> extraProperties = new LinkedHashMap<>();
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

        /** Any broker setting, e.g. {@code log.retention.ms}; applied last, so it wins. */
        public Builder property(final String key, final String value) {
            extraProperties.put(Objects.requireNonNull(key), Objects.requireNonNull(value));
            return this;
        }

        public Builder properties(final Map<String, String> values) {
            values.forEach(this::property);
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

        /** Port of the SASL listener; 0 (the default) picks a free one. */
        public Builder saslPort(final int value) {
            this.saslPort = value;
            return this;
        }

        public EmbeddedKafkaBroker build() {
            return new EmbeddedKafkaBroker(this);
        }
    }
}
