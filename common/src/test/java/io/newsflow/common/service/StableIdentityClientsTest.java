package io.newsflow.common.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;

class StableIdentityClientsTest {

    private final StableIdentityClients clients = new StableIdentityClients("newsflow-enrich", "kept-id");

    @Test
    void theTransactionalIdNamesTheInstanceAndKeepsTheThreadIndex() {
        final Map<String, Object> config = Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG,
                "newsflow-enrich-0b7c2d4e-1f2a-4c3d-9e8f-123456789abc-3", ProducerConfig.ACKS_CONFIG, "all");
        final Map<String, Object> stable = clients.withStableTransactionalId(config);
        assertEquals("newsflow-enrich-kept-id-3", stable.get(ProducerConfig.TRANSACTIONAL_ID_CONFIG));
        assertEquals("all", stable.get(ProducerConfig.ACKS_CONFIG));
    }

    @Test
    void aProducerWithoutTransactionsIsLeftAlone() {
        final Map<String, Object> config = Map.of(ProducerConfig.ACKS_CONFIG, "all");
        assertSame(config, clients.withStableTransactionalId(config));
    }

    @Test
    void staticMembershipUnderTheKeptIdWithAShortSession() {
        final Properties props = new Properties();
        StreamsService.staticMembership(props, "kept-id");
        assertEquals("kept-id", props.get(StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG)));
        assertEquals(10_000, props.get(StreamsConfig.mainConsumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG)));
    }

    @Test
    void aPassedThroughSettingWins() {
        final Properties props = new Properties();
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), 30_000);
        props.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "pod-3");
        StreamsService.staticMembership(props, "kept-id");
        assertEquals(2, props.size());
        assertEquals("pod-3", props.get(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG));
    }
}
