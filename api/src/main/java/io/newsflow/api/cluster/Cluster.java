package io.newsflow.api.cluster;

import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.state.HostInfo;

/** Where the data of the api lives: which instance owns a key, and which others hold parts of a store. */
public interface Cluster {

    /**
     * The instance that owns {@code key} of {@code store}, empty when it is this one.
     *
     * @throws StoresNotReadyException while the owner is not known (rebalancing)
     */
    Optional<HostInfo> ownerOf(String store, String key);

    /**
     * The other instances that hold partitions of {@code store}.
     *
     * @throws StoresNotReadyException while the stores are not ready here
     */
    List<HostInfo> others(String store);

    /** A single instance holding everything (tests, tools). */
    static Cluster single() {
        return new Cluster() {
            @Override
            public Optional<HostInfo> ownerOf(final String store, final String key) {
                return Optional.empty();
            }

            @Override
            public List<HostInfo> others(final String store) {
                return List.of();
            }
        };
    }
}
