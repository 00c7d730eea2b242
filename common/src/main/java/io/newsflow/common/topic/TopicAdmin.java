package io.newsflow.common.topic;

import io.newsflow.common.config.ConfigOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the topics a service uses when they are missing and checks that the ones that exist keep
 * the contract: {@code news.articles.current} must be compacted or consumers could not rebuild the
 * current state from it.
 */
public final class TopicAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(TopicAdmin.class);
    private static final long TIMEOUT_SECONDS = 30;
    private static final long RETRY_BACKOFF_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    /** Fewest partitions a default gives, so that three instances of a service can share the work. */
    static final int MIN_DEFAULT_PARTITIONS = 3;

    private TopicAdmin() {
    }

    /**
     * Partitions of the topics a service creates when none are configured: the smallest multiple of
     * {@code processors} that is at least {@value #MIN_DEFAULT_PARTITIONS}. Stream threads default to the
     * processor count, and a multiple of it gives every thread the same share of the articles; with three
     * partitions on two threads one thread would carry twice the other's load and bound the whole stream.
     */
    public static int defaultPartitions(final int processors) {
        if (processors < 1) {
            throw new IllegalArgumentException("processors must be at least 1, was " + processors);
        }
        return ((MIN_DEFAULT_PARTITIONS + processors - 1) / processors) * processors;
    }

    /** {@link #defaultPartitions(int)} for the processors this JVM may use. */
    public static int defaultPartitions() {
        return defaultPartitions(Runtime.getRuntime().availableProcessors());
    }

    /** The option {@code key}: partitions of {@code topics} when a service creates them, default as above. */
    public static ConfigOption partitionsOption(final String key, final String topics) {
        return new ConfigOption(key, String.valueOf(defaultPartitions()), "partitions of " + topics
                + " when created (default: the smallest multiple of the number of processors that is at least 3)");
    }

    /**
     * Settings for the admin client that creates and checks topics: the cluster, a client id, and the
     * passed-through Kafka settings an admin client understands (security settings among them); those
     * meant for producers, consumers or Streams are left out, where they would only draw warnings.
     */
    public static Properties adminProperties(final String bootstrapServers, final Properties passthrough,
            final String clientId) {
        final Properties props = new Properties();
        passthrough.stringPropertyNames().stream()
                .filter(k -> AdminClientConfig.configNames().contains(k))
                .forEach(k -> props.put(k, passthrough.getProperty(k)));
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
        return props;
    }

    /**
     * Creates the missing ones of {@code topics} on the cluster {@code bootstrapServers} with an admin
     * client of its own (the passthrough's admin settings, {@code clientId}), as {@link
     * #ensureTopics(Admin, Collection, int, Replication.Resolved)} does: the one way every service and launcher
     * makes sure of the topics it declares.
     *
     * @return the replication the topics are created with, for Kafka Streams' internal topics to follow
     */
    public static Replication.Resolved ensureTopics(final String bootstrapServers, final Properties passthrough,
            final String clientId, final Collection<? extends Topic<?, ?>> topics, final int partitions,
            final Replication replication) {
        try (Admin admin = Admin.create(adminProperties(bootstrapServers, passthrough, clientId))) {
            final Replication.Resolved resolved = replication.resolve(admin);
            ensureTopics(admin, topics, partitions, resolved);
            return resolved;
        }
    }

    /**
     * Creates each missing topic with {@code partitions} partitions and {@code replication}'s factor and
     * {@code min.insync.replicas}, then verifies the cleanup policy of every topic whose definition names one
     * as compact. Topics that exist are left as they are.
     *
     * @return the names of the topics that were created
     */
    public static List<String> ensureTopics(final Admin admin, final Collection<? extends Topic<?, ?>> topics,
            final int partitions, final Replication.Resolved replication) {
        try {
            final Set<String> existing = admin.listTopics().names().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            final List<NewTopic> missing = topics.stream()
                    .filter(t -> !existing.contains(t.name()))
                    .map(t -> new NewTopic(t.name(), Optional.of(partitions), Optional.of(replication.factor()))
                            .configs(withMinInsync(t.config(), replication)))
                    .toList();
            final List<String> created = new ArrayList<>();
            if (!missing.isEmpty()) {
                final var results = admin.createTopics(missing).values();
                for (Map.Entry<String, ? extends org.apache.kafka.common.KafkaFuture<Void>> e : results.entrySet()) {
                    try {
                        e.getValue().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                        created.add(e.getKey());
                        LOG.info("event=topic_created topic={} partitions={} replicationFactor={} minInsyncReplicas={}",
                                e.getKey(), partitions, replication.factor(), replication.minInsyncReplicas());
                    } catch (ExecutionException ex) {
                        if (!(ex.getCause() instanceof TopicExistsException)) {
                            throw ex;
                        }
                    }
                }
            }
            verifyCompacted(admin, topics.stream()
                    .filter(t -> TopicConfig.CLEANUP_POLICY_COMPACT.equals(t.config().get(TopicConfig.CLEANUP_POLICY_CONFIG)))
                    .map(Topic::name)
                    .toList());
            return created;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TopicConfigException("interrupted while creating topics", e);
        } catch (ExecutionException e) {
            throw new TopicConfigException("could not create topics: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new TopicConfigException("could not reach the Kafka cluster to create topics within "
                    + TIMEOUT_SECONDS + " s", e);
        }
    }

    private static Map<String, String> withMinInsync(final Map<String, String> config,
            final Replication.Resolved replication) {
        final Map<String, String> all = new HashMap<>(config);
        all.put(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG, Integer.toString(replication.minInsyncReplicas()));
        return all;
    }

    private static void verifyCompacted(final Admin admin, final List<String> names)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (names.isEmpty()) {
            return;
        }
        final List<ConfigResource> resources = names.stream().map(n -> new ConfigResource(ConfigResource.Type.TOPIC, n))
                .toList();
        for (Map.Entry<ConfigResource, Config> e : describeConfigs(admin, resources).entrySet()) {
            final ConfigEntry policy = e.getValue().get(TopicConfig.CLEANUP_POLICY_CONFIG);
            final String value = policy == null ? "" : policy.value();
            if (value == null || !value.contains(TopicConfig.CLEANUP_POLICY_COMPACT)) {
                throw new TopicConfigException("topic " + e.getKey().name() + " exists with cleanup.policy="
                        + value + " but newsflow needs cleanup.policy=compact so that consumers can rebuild the"
                        + " current state from it; change it with kafka-configs --alter --entity-type topics"
                        + " --entity-name " + e.getKey().name() + " --add-config cleanup.policy=compact");
            }
        }
    }

    /**
     * Describes the topics' configs, asking again while the cluster answers with a retriable error: a
     * topic created a moment ago may not yet be known to the broker that answers (unknown topic).
     */
    private static Map<ConfigResource, Config> describeConfigs(final Admin admin,
            final List<ConfigResource> resources) throws InterruptedException, ExecutionException, TimeoutException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (true) {
            try {
                return admin.describeConfigs(resources).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.debug("event=topic_config_retry reason=\"{}\"", e.getCause().toString());
                if (Thread.interrupted()) {
                    throw new InterruptedException();
                }
                LockSupport.parkNanos(RETRY_BACKOFF_NANOS);
            }
        }
    }
}
