package io.newsflow.common.topic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigLayers;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReplicationTest {

    @Test
    void byDefaultAsManyCopiesAsTheClusterAllowsUpToThreeWithTwoInSync() {
        assertEquals(new Replication.Resolved((short) 1, 1), Replication.AUTO.forBrokers(1));
        assertEquals(new Replication.Resolved((short) 2, 2), Replication.AUTO.forBrokers(2));
        assertEquals(new Replication.Resolved((short) 3, 2), Replication.AUTO.forBrokers(3));
        assertEquals(new Replication.Resolved((short) 3, 2), Replication.AUTO.forBrokers(9));
    }

    @Test
    void givenValuesWinAndTheMinimumInSyncFollowsAGivenFactor() {
        assertEquals(new Replication.Resolved((short) 5, 3), new Replication(5, 3).forBrokers(9));
        assertEquals(new Replication.Resolved((short) 1, 1), new Replication(1, 0).forBrokers(3));
        assertEquals(new Replication.Resolved((short) 3, 1), new Replication(0, 1).forBrokers(3));
    }

    @Test
    void aFactorTheClusterCannotHoldFailsAtStartWithTheReason() {
        final TopicConfigException e = assertThrows(TopicConfigException.class, () -> new Replication(3, 2).forBrokers(1));
        assertTrue(e.getMessage().contains("replication.factor=3 needs at least 3 brokers; the cluster has 1"),
                e.getMessage());
        assertThrows(TopicConfigException.class, () -> new Replication(0, 3).forBrokers(2));
    }

    @Test
    void settingsAreReadAndCheckedAsOptions() {
        assertEquals(Replication.AUTO, Replication.from(ConfigLayers.load(Replication.OPTIONS, new String[0], Map.of())
                .settings()));
        assertEquals(new Replication(3, 2), Replication.from(ConfigLayers.load(Replication.OPTIONS,
                new String[] {"--replication-factor", "3"}, Map.of("NEWSFLOW_MIN_INSYNC_REPLICAS", "2")).settings()));
        assertThrows(ConfigException.class, () -> new Replication(2, 3));
        assertThrows(ConfigException.class, () -> new Replication(-1, 0));
    }
}
