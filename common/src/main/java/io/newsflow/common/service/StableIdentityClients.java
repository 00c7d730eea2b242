package io.newsflow.common.service;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaClientSupplier;

/**
 * Kafka Streams' clients, with transactional ids that survive a restart. Streams names a stream thread's
 * transactional producer {@code <application id>-<process id>-<thread index>}, and its process id is new
 * at every start of a service without persistent stores (enrich). After a crash, the dead instance's open
 * transaction then blocks its partitions' committed offsets until the transaction times out. With the
 * instance's kept id in place of the process id, the restarted producer's first {@code initTransactions}
 * fences the dead one and aborts its transaction at once.
 */
final class StableIdentityClients implements KafkaClientSupplier {

    private final String applicationId;
    private final String instanceId;

    StableIdentityClients(final String applicationId, final String instanceId) {
        this.applicationId = applicationId;
        this.instanceId = instanceId;
    }

    @Override
    public Admin getAdmin(final Map<String, Object> config) {
        return Admin.create(config);
    }

    @Override
    public Producer<byte[], byte[]> getProducer(final Map<String, Object> config) {
        return new KafkaProducer<>(withStableTransactionalId(config), new ByteArraySerializer(),
                new ByteArraySerializer());
    }

    @Override
    public Consumer<byte[], byte[]> getConsumer(final Map<String, Object> config) {
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    @Override
    public Consumer<byte[], byte[]> getRestoreConsumer(final Map<String, Object> config) {
        return getConsumer(config);
    }

    @Override
    public Consumer<byte[], byte[]> getGlobalConsumer(final Map<String, Object> config) {
        return getConsumer(config);
    }

    /** {@code config} with its transactional id, if any, named after the instance instead of the process. */
    Map<String, Object> withStableTransactionalId(final Map<String, Object> config) {
        final Object streamsId = config.get(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        if (streamsId == null) {
            return config;
        }
        final String id = streamsId.toString();
        // The thread index is what follows the last '-'; application ids may contain '-' themselves.
        final String threadIndex = id.substring(id.lastIndexOf('-') + 1);
        final Map<String, Object> stable = new HashMap<>(config);
        stable.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, applicationId + "-" + instanceId + "-" + threadIndex);
        return stable;
    }
}
