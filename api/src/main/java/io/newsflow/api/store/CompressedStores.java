package io.newsflow.api.store;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.CompressionType;
import org.rocksdb.Options;

/**
 * LZ4 for the api's RocksDB stores (Kafka Streams leaves them uncompressed): index keys repeat their facet,
 * value and time prefixes, and article JSON is text, so the stores shrink by half or more for little CPU.
 */
public final class CompressedStores implements RocksDBConfigSetter {

    @Override
    public void setConfig(final String storeName, final Options options, final Map<String, Object> configs) {
        options.setCompressionType(CompressionType.LZ4_COMPRESSION);
    }

    @Override
    public void close(final String storeName, final Options options) {
        // Nothing was allocated.
    }
}
