package io.newsflow.app.it;

import io.newsflow.app.broker.EmbeddedKafkaBroker;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One node of {@link ThreeBrokers}, in a JVM of its own so that a test can SIGKILL it. Arguments: node
 * id, port, controller port, controller quorum, cluster id, data directory. It prints {@code ready} once
 * it serves, and stops when its standard input closes, so that it never outlives the test JVM.
 */
public final class BrokerNode {

    private BrokerNode() {
    }

    public static void main(final String[] args) throws IOException {
        final int nodeId = Integer.parseInt(args[0]);
        final EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder()
                .port(Integer.parseInt(args[1]))
                .clusterMember(nodeId, Integer.parseInt(args[2]), args[3], args[4])
                .dataDir(Path.of(args[5]))
                .build()
                .start();
        System.out.println("ready " + broker.bootstrapServers());
        System.out.flush();
        while (System.in.read() >= 0) {
            // Nothing is sent on standard input; its end means the test JVM is gone or done.
        }
        broker.stop();
        System.exit(0);
    }
}
