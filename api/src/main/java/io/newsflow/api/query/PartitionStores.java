package io.newsflow.api.query;

import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/** The article stores of one partition of {@code news.articles.current}, as a query reads them. */
public record PartitionStores(ReadOnlyKeyValueStore<String, byte[]> articles,
        ReadOnlyKeyValueStore<String, byte[]> keys, ReadOnlyKeyValueStore<Bytes, byte[]> index,
        ReadOnlyKeyValueStore<Bytes, byte[]> counts) {
}
