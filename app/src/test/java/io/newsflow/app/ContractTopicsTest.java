package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.common.deadletter.DeadLetterHandler;
import io.newsflow.common.json.Json;
import io.newsflow.common.topic.Topic;
import io.newsflow.contract.AsyncApiGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The topic contract and the topics the services declare agree: every topic any service of the launcher
 * uses is a channel of the document with the same cleanup policy, and the dead
 * letters' headers are the ones the dead-letter handler writes.
 */
class ContractTopicsTest {

    private static JsonNode doc;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = AsyncApiGenerator.class.getClassLoader().getResourceAsStream(AsyncApiGenerator.RESOURCE)) {
            assertNotNull(in, AsyncApiGenerator.RESOURCE);
            doc = Json.mapper().readTree(in);
        }
    }

    @Test
    void everyTopicTheServicesUseIsInTheContractWithItsCleanupPolicy() {
        final Set<Topic<?, ?>> topics = new LinkedHashSet<>();
        Services.all().forEach(m -> topics.addAll(m.topics()));
        final List<String> wrong = new ArrayList<>();
        for (Topic<?, ?> topic : topics) {
            final JsonNode channel = channel(topic.name());
            final String policy = topic.config().get(TopicConfig.CLEANUP_POLICY_CONFIG);
            if (channel == null) {
                wrong.add(topic.name() + " is not in the contract");
            } else if (!policy.equals(channel.at("/bindings/kafka/topicConfiguration/cleanup.policy/0").asText())) {
                wrong.add(topic.name() + " is " + policy + " but the contract says otherwise");
            }
        }
        assertTrue(wrong.isEmpty(), wrong + ": change io.newsflow.contract.NewsflowChannels and regenerate");
        assertTrue(topics.stream().map(Topic::name).distinct().count() >= 8, "the launcher's services declare "
                + topics.stream().map(Topic::name).toList());
    }

    @Test
    void deadLetterHeadersAreTheHandlers() {
        final List<String> declared = new ArrayList<>();
        doc.at("/components/messages/deadLetter/headers/required").forEach(n -> declared.add(n.asText()));
        assertEquals(List.of(DeadLetterHandler.HEADER_EXCEPTION, DeadLetterHandler.HEADER_MESSAGE,
                DeadLetterHandler.HEADER_STACKTRACE, DeadLetterHandler.HEADER_TOPIC, DeadLetterHandler.HEADER_PARTITION,
                DeadLetterHandler.HEADER_OFFSET), declared);
    }

    private static JsonNode channel(final String address) {
        for (JsonNode channel : doc.path("channels")) {
            if (address.equals(channel.path("address").asText())) {
                return channel;
            }
        }
        return null;
    }
}
