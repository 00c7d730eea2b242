package io.newsflow.common.topic;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;

/**
 * How many copies of each topic newsflow creates, and how many must be in sync for a write to count:
 * the settings {@code replication.factor} and {@code min.insync.replicas}, 0 (the default) meaning "as
 * many as the cluster allows": the lesser of 3 and the number of brokers, and the lesser of 2 and that.
 * So one broker gives 1 and 1 (a laptop), three or more give 3 and 2 (an acknowledged article survives
 * the loss of any one broker, and writes go on while one is down).
 *
 * @param factor            replicas of each created topic, 0: from the cluster's size
 * @param minInsyncReplicas replicas that must acknowledge a write ({@code acks=all}), 0: from the factor
 */
public record Replication(int factor, int minInsyncReplicas) {

    public static final String FACTOR = "replication.factor";
    public static final String MIN_INSYNC_REPLICAS = "min.insync.replicas";
    public static final Replication AUTO = new Replication(0, 0);
    static final int MAX = 32;

    public static final List<ConfigOption> OPTIONS = List.of(
            new ConfigOption(FACTOR, "0", "replicas of each topic newsflow creates, Streams' internal topics"
                    + " included (0: the lesser of 3 and the number of brokers)"),
            new ConfigOption(MIN_INSYNC_REPLICAS, "0", "min.insync.replicas of the topics newsflow creates"
                    + " (0: the lesser of 2 and the replication factor)"));

    public Replication {
        if (factor < 0 || factor > MAX) {
            throw new ConfigException(FACTOR + " must be between 0 and " + MAX + ", was " + factor);
        }
        if (minInsyncReplicas < 0 || (factor > 0 && minInsyncReplicas > factor)) {
            throw new ConfigException(MIN_INSYNC_REPLICAS + " must be between 0 and the replication factor ("
                    + factor + "), was " + minInsyncReplicas);
        }
    }

    public static Replication from(final Settings settings) {
        return new Replication(settings.getInt(FACTOR, 0, MAX), settings.getInt(MIN_INSYNC_REPLICAS, 0, MAX));
    }

    /** The factor and min.insync.replicas for a cluster of {@code brokers} brokers. */
    public Resolved forBrokers(final int brokers) {
        final int replicas = factor > 0 ? factor : Math.max(1, Math.min(3, brokers));
        if (replicas > brokers) {
            throw new TopicConfigException(FACTOR + "=" + replicas + " needs at least " + replicas
                    + " brokers; the cluster has " + brokers);
        }
        final int inSync = minInsyncReplicas > 0 ? minInsyncReplicas : Math.min(2, replicas);
        if (inSync > replicas) {
            throw new TopicConfigException(MIN_INSYNC_REPLICAS + "=" + inSync + " is more than the replication factor "
                    + replicas);
        }
        return new Resolved((short) replicas, inSync);
    }

    /** {@link #forBrokers} for the cluster {@code admin} talks to. */
    public Resolved resolve(final Admin admin) {
        try {
            return forBrokers(admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TopicConfigException("interrupted while counting the brokers", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new TopicConfigException("could not count the brokers of the cluster: " + e, e);
        }
    }

    /** What a topic is created with. */
    public record Resolved(short factor, int minInsyncReplicas) {
    }
}
