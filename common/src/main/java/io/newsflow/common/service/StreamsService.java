package io.newsflow.common.service;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.ops.KafkaLag;
import io.newsflow.common.ops.StreamsMetrics;
import io.newsflow.common.ops.SummaryReporter;
import io.newsflow.common.topic.Replication;
import io.newsflow.common.topic.Topic;
import io.newsflow.common.topic.TopicAdmin;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every Kafka Streams service of newsflow does around its topology: checks its settings, makes
 * sure of the topics it declares, runs the stream with its metrics bound, replaces a dying stream
 * thread under {@link ThreadReplacementPolicy#standard()}, says its health from the stream's state,
 * logs its summary line, and closes within {@link #CLOSE_TIMEOUT}. A service adds its topology, its
 * configuration and its meters ({@link #summary(SummaryReporter.Builder)}).
 */
public abstract class StreamsService implements ManagedService {

    /** Leaves room, within the ten seconds a SIGTERM allows, for the ops server and the last summary. */
    public static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(8);
    /**
     * How long the group waits for a silent member before giving its partitions to the others. Heartbeats
     * come from the consumer's own thread, so a long tagging does not count against it; Kafka's 45 s
     * default would keep a killed instance's partitions idle that long.
     */
    static final Duration SESSION_TIMEOUT = Duration.ofSeconds(10);

    private static final Logger LOG = LoggerFactory.getLogger(StreamsService.class);

    /**
     * What a Streams service is made of.
     *
     * @param settings      its name, cluster, partitions and the rest of what every Streams service has
     * @param kafka         the {@code kafka.} passthrough settings (security settings reach the admin client)
     * @param topics        every topic it reads or writes, created when missing
     * @param topology      what it runs
     * @param streamsConfig the Kafka Streams settings
     */
    public record Definition(StreamsSettings settings, Properties kafka, List<Topic<?, ?>> topics, Topology topology,
            Properties streamsConfig) {
        public Definition {
            topics = List.copyOf(topics);
        }
    }

    private final String name;
    private final Properties streamsConfig;
    private final KafkaStreams streams;
    private final InstanceIdentity identity;
    private final ServiceContext context;
    private final AtomicBoolean closed = new AtomicBoolean();
    private SummaryReporter summary;

    /**
     * Checks the settings and makes sure of the topics, then builds the stream (started by {@link
     * #start(ServiceContext, Supplier)}).
     *
     * @throws ConfigException when Kafka Streams rejects a setting (e.g. a {@code kafka.} passthrough)
     * @throws io.newsflow.common.topic.TopicConfigException when the topics cannot be created or checked
     */
    protected StreamsService(final Definition definition, final ServiceContext context) {
        this.name = definition.settings().service();
        this.context = context;
        this.streamsConfig = definition.streamsConfig();
        StreamsSettings.checked(streamsConfig);
        final Replication.Resolved replication = TopicAdmin.ensureTopics(definition.settings().bootstrapServers(),
                definition.kafka(), "newsflow-" + name + "-admin", definition.topics(),
                definition.settings().partitions(), definition.settings().replication());
        // Internal topics (changelogs, repartitions) as replicated as the service's own, unless passed through.
        streamsConfig.putIfAbsent(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) replication.factor());
        streamsConfig.putIfAbsent(StreamsConfig.topicPrefix(TopicConfig.MIN_IN_SYNC_REPLICAS_CONFIG),
                Integer.toString(replication.minInsyncReplicas()));
        final String applicationId = definition.settings().applicationId();
        this.identity = InstanceIdentity.claim(definition.settings().stateDir(), applicationId);
        try {
            staticMembership(streamsConfig, identity.id());
            this.streams = new KafkaStreams(definition.topology(), streamsConfig,
                    new StableIdentityClients(applicationId, identity.id()));
        } catch (RuntimeException e) {
            identity.close();
            throw e;
        }
        LOG.info("event=instance_identity instanceId={} component={}", identity.id(), name);
        StreamsMetrics.bind(context.metrics(), streams);
        streams.setStateListener((next, previous) -> LOG.info("event=state_change from={} to={} component={}",
                previous, next, name));
        streams.setUncaughtExceptionHandler(ThreadReplacementPolicy.standard().handler(name));
    }

    /**
     * Builds a service with {@code build} and starts it; when either fails, what was opened is closed
     * and the failure rethrown.
     */
    protected static <S extends StreamsService> S start(final ServiceContext context, final Supplier<S> build) {
        final S service;
        try {
            service = build.get();
        } catch (RuntimeException e) {
            context.release();
            throw e;
        }
        ((StreamsService) service).run();
        return service;
    }

    /**
     * Static membership under the instance's kept id, unless a passthrough setting says otherwise: a
     * restarted instance takes its partitions back at once, without waiting for its dead self's session
     * to expire, and with {@link #SESSION_TIMEOUT} a member that does not come back loses them soon.
     */
    static void staticMembership(final Properties props, final String instanceId) {
        putUnlessSet(props, ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId);
        putUnlessSet(props, ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, (int) SESSION_TIMEOUT.toMillis());
    }

    /** Sets the main consumer's {@code key} unless it is set for it, for every consumer, or unprefixed. */
    private static void putUnlessSet(final Properties props, final String key, final Object value) {
        if (!props.containsKey(key) && !props.containsKey(StreamsConfig.consumerPrefix(key))
                && !props.containsKey(StreamsConfig.mainConsumerPrefix(key))) {
            // The main consumer only: the restore consumer belongs to no group.
            props.put(StreamsConfig.mainConsumerPrefix(key), value);
        }
    }

    /** Starts the stream and the summary line, and joins the health answers; on failure closes and rethrows. */
    private void run() {
        try {
            summary = summary(SummaryReporter.builder(name).lag(KafkaLag.maxRecordsLag(streams::metrics))
                    .interval(context.summaryInterval())).build();
            streams.start();
            summary.start();
            context.ops().register(this);
            LOG.info("event=started applicationId={} threads={} component={}",
                    streamsConfig.get(StreamsConfig.APPLICATION_ID_CONFIG),
                    streamsConfig.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG), name);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The service's counts and latency on its summary line; lag and interval are already set. */
    protected abstract SummaryReporter.Builder summary(SummaryReporter.Builder builder);

    /** The running stream, for a service that answers interactive queries from its stores. */
    protected final KafkaStreams streams() {
        return streams;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Health health() {
        return healthOf(streams.state());
    }

    /**
     * Live while the stream can still make progress (created, rebalancing, running); ready only while it
     * processes records.
     */
    public static Health healthOf(final KafkaStreams.State state) {
        return switch (state) {
            case RUNNING -> Health.up();
            case CREATED, REBALANCING -> Health.notReady("stream is " + state);
            default -> Health.dead("stream is " + state);
        };
    }

    /**
     * Finishes the records in flight, commits, leaves the group (a static member would otherwise keep its
     * partitions from the others for a session) and stops within {@link #CLOSE_TIMEOUT}; then logs the last
     * summary, with the final counts.
     */
    @Override
    public final void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        LOG.info("event=stopping component={}", name);
        context.ops().unregister(this);
        final boolean clean = streams.close(CloseOptions.timeout(CLOSE_TIMEOUT)
                .withGroupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        identity.close();
        if (summary != null) {
            summary.close();
        }
        context.release();
        LOG.info("event=stopped clean={} component={}", clean, name);
    }
}
