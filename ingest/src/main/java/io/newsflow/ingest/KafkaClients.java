package io.newsflow.ingest;

import io.newsflow.common.config.ConfigException;
import org.apache.kafka.common.KafkaException;

/** Turns the failure to build a Kafka client into a configuration error that names the cause. */
final class KafkaClients {

    private KafkaClients() {
    }

    /** Kafka wraps the real reason (an unresolvable bootstrap server, a bad setting) in its causes. */
    static ConfigException configProblem(final String client, final KafkaException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return new ConfigException("cannot create the Kafka " + client + " client: " + root.getMessage(), e);
    }
}
