package io.newsflow.sink;

import io.micrometer.core.instrument.Counter;
import io.newsflow.common.deadletter.DeadLetterHandler;
import io.newsflow.common.json.JsonSerde;
import io.newsflow.common.topic.Topics;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code news.articles.enriched} -> latest version per id -> {@code news.articles.current}.
 *
 * <p>Records that cannot be deserialized, or that deserialize but break the contract, go to
 * {@code news.articles.dlq} with the original key and value bytes through the {@link DeadLetterHandler}
 * enrich uses too; the {@code __streams.errors.*} headers name the exception, its message, and the source
 * topic, partition and offset. The stream goes on with the next record.
 */
public final class SinkTopology {

    /** Latest (revision, enrichment version, retracted) per article id; changelogged. */
    public static final String VERSION_STORE = "latest-versions";

    private SinkTopology() {
    }

    public static Topology buildTopology(final SinkConfig cfg) {
        return buildTopology(cfg, SinkMeters.unregistered());
    }

    /** The topology, counting and timing each revision written on {@code meters}. */
    public static Topology buildTopology(final SinkConfig cfg, final SinkMeters meters) {
        // Built with the production settings, so the topology sees the same configuration as the application.
        final StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsConfig(cfg))));
        builder.addStateStore(Stores.keyValueStoreBuilder(
                Stores.persistentKeyValueStore(VERSION_STORE), Serdes.String(), JsonSerde.of(VersionStamp.class)));
        builder.stream(Topics.ENRICHED.name(),
                        Consumed.with(Topics.ENRICHED.keySerde(), Serdes.ByteArray()).withName("enriched"))
                .process(() -> new LatestVersionProcessor(VERSION_STORE, meters), Named.as("latest-version"), VERSION_STORE)
                .to(Topics.CURRENT.name(),
                        Produced.with(Topics.CURRENT.keySerde(), Topics.CURRENT.valueSerde()).withName("current"));
        return builder.build();
    }

    public static Properties streamsConfig(final SinkConfig cfg) {
        return streamsConfig(cfg, null);
    }

    /** The Kafka Streams settings, each dead letter counted on {@code deadLetters} (null: not counted). */
    public static Properties streamsConfig(final SinkConfig cfg, final Counter deadLetters) {
        final Properties props = cfg.streams().properties();
        props.putAll(DeadLetterHandler.streamsSettings(deadLetters));
        // Security and tuning settings given with the kafka. prefix reach every client Streams creates.
        props.putAll(cfg.kafka());
        return props;
    }
}
