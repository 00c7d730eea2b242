package io.newsflow.app.it;

import io.newsflow.app.broker.FreePorts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A Kafka cluster of three KRaft nodes (each broker and controller), each in a JVM of its own
 * ({@link BrokerNode}) so that a test can kill one with SIGKILL and bring it back on the same ports and
 * data. Internal topics have 3 replicas and 2 in sync at least.
 */
final class ThreeBrokers implements AutoCloseable {

    static final int NODES = 3;
    private static final Duration START = Duration.ofSeconds(120);

    private final Path dir;
    private final String clusterId = Uuid.randomUuid().toString();
    private final int[] ports = new int[NODES];
    private final int[] controllerPorts = new int[NODES];
    private final String voters;
    private final Process[] nodes = new Process[NODES];
    private final long[] readyBefore = new long[NODES];

    private ThreeBrokers(final Path dir) {
        this.dir = dir;
        final int[] free = freePorts(2 * NODES);
        for (int i = 0; i < NODES; i++) {
            ports[i] = free[i];
            controllerPorts[i] = free[NODES + i];
        }
        voters = IntStream.range(0, NODES).mapToObj(i -> (i + 1) + "@127.0.0.1:" + controllerPorts[i])
                .collect(Collectors.joining(","));
    }

    /** Starts the three nodes together (a node serves only once a majority of the quorum is up). */
    static ThreeBrokers start(final String name) {
        final Path dir;
        try {
            dir = Files.createDirectories(Path.of("target", "it-brokers", name + "-" + UUID.randomUUID()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final ThreeBrokers cluster = new ThreeBrokers(dir.toAbsolutePath());
        for (int node = 1; node <= NODES; node++) {
            cluster.launch(node);
        }
        for (int node = 1; node <= NODES; node++) {
            cluster.awaitReady(node);
        }
        return cluster;
    }

    String bootstrapServers() {
        return IntStream.of(ports).mapToObj(p -> "127.0.0.1:" + p).collect(Collectors.joining(","));
    }

    /** SIGKILL: the node's JVM dies without a word to the cluster. */
    void kill(final int node) throws InterruptedException {
        final Process process = nodes[node - 1];
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("broker " + node + " did not die");
        }
    }

    /** Starts a killed node again on its ports and data, and waits until it serves. */
    void restart(final int node) {
        launch(node);
        awaitReady(node);
    }

    Admin admin() {
        final Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        return Admin.create(props);
    }

    Path log(final int node) {
        return dir.resolve("node-" + node + ".log");
    }

    private void launch(final int node) {
        readyBefore[node - 1] = readyLines(node);
        final List<String> command = new ArrayList<>(List.of(FaultRig.javaBin(), "-Xmx384m", "-cp",
                System.getProperty("java.class.path"), BrokerNode.class.getName(), Integer.toString(node),
                Integer.toString(ports[node - 1]), Integer.toString(controllerPorts[node - 1]), voters, clusterId,
                dir.resolve("node-" + node).toString()));
        try {
            nodes[node - 1] = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log(node).toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitReady(final int node) {
        final Process process = nodes[node - 1];
        KafkaCluster.await("broker " + node + " to serve").atMost(START).until(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("broker " + node + " exited: " + FaultRig.readLog(log(node)));
            }
            return readyLines(node) > readyBefore[node - 1];
        });
    }

    /** The node's log gains one "ready" line per start. */
    private long readyLines(final int node) {
        return FaultRig.readLog(log(node)).lines().filter(l -> l.startsWith("ready ")).count();
    }

    /** Closing standard input stops a node cleanly; then SIGKILL for any that lingers. */
    @Override
    public void close() {
        for (Process process : nodes) {
            if (process != null && process.isAlive()) {
                try {
                    process.getOutputStream().close();
                } catch (IOException e) {
                    process.destroy();
                }
            }
        }
        for (Process process : nodes) {
            try {
                if (process != null && !process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    /** {@code count} distinct free ports of 127.0.0.1, found as the embedded broker finds its own. */
    private static int[] freePorts(final int count) {
        final int[] ports = new int[count];
        for (int i = 0; i < count; i++) {
            ports[i] = FreePorts.findOtherThan(Arrays.copyOf(ports, i));
        }
        return ports;
    }
}
