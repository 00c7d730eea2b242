package io.newsflow.api;

import io.newsflow.api.store.ApiStores;
import io.newsflow.api.store.ArticleIndexProcessor;
import io.newsflow.api.store.CompressedStores;
import io.newsflow.api.store.StoryStoreProcessor;
import io.newsflow.common.deadletter.DeadLetterHandler;
import io.newsflow.common.topic.Topics;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.state.Stores;

/**
 * {@code news.articles.current} -> the article, index, key-list and count stores;
 * {@code news.stories.current} -> the story store. Nothing is written to a topic but the changelogs; a
 * record that is not the contract's JSON goes to the dead letters.
 */
public final class ApiTopology {

    private ApiTopology() {
    }

    public static Topology buildTopology(final ApiConfig cfg) {
        return buildTopology(cfg, ApiMeters.unregistered());
    }

    /** The topology, counting what it indexes and removes on {@code meters}. */
    public static Topology buildTopology(final ApiConfig cfg, final ApiMeters meters) {
        final StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsConfig(cfg))));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ApiStores.ARTICLES),
                Serdes.String(), Serdes.ByteArray()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ApiStores.KEYS),
                Serdes.String(), Serdes.ByteArray()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ApiStores.INDEX),
                Serdes.Bytes(), Serdes.ByteArray()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ApiStores.COUNTS),
                Serdes.Bytes(), Serdes.ByteArray()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(ApiStores.STORIES),
                Serdes.String(), Serdes.ByteArray()));
        builder.stream(Topics.CURRENT.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("current"))
                .process(() -> new ArticleIndexProcessor(meters.indexed(), meters.removed()), Named.as("index-articles"), ApiStores.ARTICLES, ApiStores.KEYS,
                        ApiStores.INDEX, ApiStores.COUNTS);
        builder.stream(Topics.STORIES.name(), Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("stories"))
                .process(StoryStoreProcessor::new, Named.as("store-stories"), ApiStores.STORIES);
        return builder.build();
    }

    /** The Kafka Streams settings; {@code application.server} is added by the service once its port is bound. */
    public static Properties streamsConfig(final ApiConfig cfg) {
        final Properties props = cfg.streams().properties();
        props.putAll(DeadLetterHandler.streamsSettings(null));
        props.put(StreamsConfig.ROCKSDB_CONFIG_SETTER_CLASS_CONFIG, CompressedStores.class);
        props.putAll(cfg.kafka());
        return props;
    }
}
