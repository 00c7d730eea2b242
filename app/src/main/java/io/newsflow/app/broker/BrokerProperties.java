package io.newsflow.app.broker;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The server settings of one embedded KRaft node that is both broker and controller, on 127.0.0.1: its
 * listeners, its place in the controller quorum, and internal topics replicated as widely as the
 * cluster allows (3 copies at most, 2 in sync at least when there are 3 nodes).
 */
final class BrokerProperties {

    static final String CONTROLLER_LISTENER = "CONTROLLER";
    static final String PLAIN_LISTENER = "PLAINTEXT";
    static final String SASL_LISTENER = "SASL_PLAINTEXT";
    static final String HOST = "127.0.0.1";

    private BrokerProperties() {
    }

    /**
     * @param voters the controller quorum, {@code id@host:port,...}; its size is the cluster's
     * @param saslPort -1 for no SASL listener
     */
    static Properties of(final int nodeId, final String voters, final int port, final int controllerPort,
            final int saslPort, final Map<String, String> saslUsers, final Path dataDir) {
        final int nodes = voters.split(",").length;
        final String replicas = Integer.toString(Math.min(3, nodes));
        final String minIsr = Integer.toString(Math.min(2, Math.min(3, nodes)));
        final Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(nodeId));
        p.put("controller.quorum.voters", voters);
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
            p.put("listener.name.sasl_plaintext.plain.sasl.jaas.config", plainJaasConfig(saslUsers));
        }
        p.put("listeners", listeners);
        p.put("advertised.listeners", advertised);
        p.put("listener.security.protocol.map", protocols);
        p.put("log.dirs", dataDir.resolve("log").toString());
        // Internal topics on every node up to 3, and few partitions so that the node starts fast.
        p.put("offsets.topic.replication.factor", replicas);
        p.put("offsets.topic.num.partitions", "10");
        p.put("transaction.state.log.replication.factor", replicas);
        p.put("transaction.state.log.min.isr", minIsr);
        p.put("transaction.state.log.num.partitions", "10");
        p.put("share.coordinator.state.topic.replication.factor", replicas);
        p.put("share.coordinator.state.topic.min.isr", minIsr);
        p.put("default.replication.factor", replicas);
        p.put("min.insync.replicas", minIsr);
        p.put("num.partitions", "3");
        p.put("group.initial.rebalance.delay.ms", "0");
        // The log cleaner's dedupe buffer defaults to 128 MiB; an embedded node needs far less.
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(8 * 1024 * 1024));
        return p;
    }

    private static String plainJaasConfig(final Map<String, String> users) {
        final String entries = users.entrySet().stream()
                .map(e -> " user_" + e.getKey() + "=\"" + e.getValue() + "\"")
                .collect(Collectors.joining());
        return "org.apache.kafka.common.security.plain.PlainLoginModule required" + entries + ";";
    }
}
