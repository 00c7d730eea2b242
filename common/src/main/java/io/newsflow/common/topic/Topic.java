package io.newsflow.common.topic;

import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/** A topic of the newsflow contract: its name, how keys and values are written, and its config. */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, Map<String, String> config) {

    public Topic {
        config = Map.copyOf(config);
    }
}
