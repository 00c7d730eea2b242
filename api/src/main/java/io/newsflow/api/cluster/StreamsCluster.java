package io.newsflow.api.cluster;

import io.newsflow.api.query.LocalStores;
import io.newsflow.api.query.PartitionStores;
import io.newsflow.api.store.ApiStores;
import io.newsflow.common.topic.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsMetadata;
import org.apache.kafka.streams.TaskMetadata;
import org.apache.kafka.streams.ThreadMetadata;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * The api's instances as Kafka Streams knows them: each advertises its HTTP address as
 * {@code application.server}; the metadata says which instance's active task owns a key and which
 * instances hold a store. Only active tasks answer (no stale reads from standbys).
 */
public final class StreamsCluster implements Cluster {

    private final KafkaStreams streams;
    private final HostInfo self;

    public StreamsCluster(final KafkaStreams streams, final HostInfo self) {
        this.streams = streams;
        this.self = self;
    }

    @Override
    public Optional<HostInfo> ownerOf(final String store, final String key) {
        requireRunning();
        final KeyQueryMetadata md = streams.queryMetadataForKey(store, key, Serdes.String().serializer());
        if (md == null || KeyQueryMetadata.NOT_AVAILABLE.equals(md) || md.activeHost() == null) {
            throw new StoresNotReadyException("the owner of the key is not known yet (rebalancing)");
        }
        return self.equals(md.activeHost()) ? Optional.empty() : Optional.of(md.activeHost());
    }

    @Override
    public List<HostInfo> others(final String store) {
        requireRunning();
        final List<HostInfo> hosts = new ArrayList<>();
        for (StreamsMetadata md : streams.streamsMetadataForStore(store)) {
            if (!self.equals(md.hostInfo()) && !md.topicPartitions().isEmpty() && !hosts.contains(md.hostInfo())) {
                hosts.add(md.hostInfo());
            }
        }
        return hosts;
    }

    /** The stores of the partitions this instance's active tasks hold, asked anew at every query. */
    public LocalStores localStores() {
        return new LocalStores(() -> {
            requireRunning();
            final List<PartitionStores> out = new ArrayList<>();
            for (int p : partitions(Topics.CURRENT.name())) {
                out.add(new PartitionStores(store(ApiStores.ARTICLES, p), store(ApiStores.KEYS, p),
                        store(ApiStores.INDEX, p), store(ApiStores.COUNTS, p)));
            }
            return out;
        }, () -> {
            requireRunning();
            final List<ReadOnlyKeyValueStore<String, byte[]>> out = new ArrayList<>();
            for (int p : partitions(Topics.STORIES.name())) {
                out.add(store(ApiStores.STORIES, p));
            }
            return out;
        });
    }

    private TreeSet<Integer> partitions(final String topic) {
        final TreeSet<Integer> partitions = new TreeSet<>();
        for (ThreadMetadata thread : streams.metadataForLocalThreads()) {
            for (TaskMetadata task : thread.activeTasks()) {
                for (TopicPartition tp : task.topicPartitions()) {
                    if (tp.topic().equals(topic)) {
                        partitions.add(tp.partition());
                    }
                }
            }
        }
        return partitions;
    }

    private <K> ReadOnlyKeyValueStore<K, byte[]> store(final String name, final int partition) {
        return streams.store(StoreQueryParameters.fromNameAndType(name, QueryableStoreTypes.<K, byte[]>keyValueStore())
                .withPartition(partition));
    }

    private void requireRunning() {
        final KafkaStreams.State state = streams.state();
        if (state != KafkaStreams.State.RUNNING) {
            throw new StoresNotReadyException("the stores are not ready (stream is " + state + ")");
        }
    }
}
