package io.newsflow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The contract is a valid AsyncAPI 3.0 document: it passes the official JSON Schema of AsyncAPI 3.0.0
 * (from the AsyncAPI Initiative's specs package, Apache-2.0), and what that schema cannot check holds too:
 * every reference resolves, every channel has messages with a payload schema and a key, every operation
 * refers to an existing channel and to messages of that channel.
 */
class AsyncApiStructureTest {

    private static final String OFFICIAL_SCHEMA = "asyncapi/asyncapi-3.0.0.schema.json";
    private static JsonNode doc;

    @BeforeAll
    static void load() throws IOException {
        doc = AsyncApiDocumentTest.committed();
    }

    @Test
    void passesTheOfficialAsyncApi300Schema() throws IOException {
        final Schema official;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OFFICIAL_SCHEMA)) {
            official = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        final List<Error> errors = official.validate(doc);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void theOfficialSchemaRefusesABrokenDocument() throws IOException {
        final ObjectNode broken = doc.deepCopy();
        ((ObjectNode) broken.path("channels").path("articlesRaw"))
                .put("address", 42);
        final Schema official;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(OFFICIAL_SCHEMA)) {
            official = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        }
        assertFalse(official.validate(broken).isEmpty(), "a number as a channel's address must not pass");
    }

    @Test
    void isVersion300() {
        assertEquals("3.0.0", doc.path("asyncapi").asText());
    }

    @Test
    void everyReferenceResolves() {
        final List<String> dangling = new ArrayList<>();
        refs(doc, ref -> {
            if (!ref.startsWith("#/") || doc.at(ref.substring(1)).isMissingNode()) {
                dangling.add(ref);
            }
        });
        assertTrue(dangling.isEmpty(), "dangling references: " + dangling);
    }

    @Test
    void everyChannelHasMessagesWithAPayloadSchemaAndAKey() {
        final Iterator<Map.Entry<String, JsonNode>> channels = doc.path("channels").fields();
        assertTrue(channels.hasNext(), "no channel");
        while (channels.hasNext()) {
            final Map.Entry<String, JsonNode> channel = channels.next();
            final JsonNode messages = channel.getValue().path("messages");
            assertFalse(channel.getValue().path("address").asText().isBlank(), channel.getKey() + " has no address");
            assertTrue(messages.size() > 0, channel.getKey() + " has no message");
            messages.forEach(ref -> {
                final JsonNode message = resolve(ref);
                assertTrue(message.path("payload").isObject(), channel.getKey() + ": a message without payload");
                assertTrue(message.path("bindings").path("kafka").path("key").isObject(),
                        channel.getKey() + ": a message without key schema");
            });
            final JsonNode policy = channel.getValue().at("/bindings/kafka/topicConfiguration/cleanup.policy");
            assertEquals(1, policy.size(), channel.getKey() + ": cleanup.policy");
        }
    }

    @Test
    void everyOperationRefersToAChannelAndToMessagesOfThatChannel() {
        final Iterator<Map.Entry<String, JsonNode>> operations = doc.path("operations").fields();
        assertTrue(operations.hasNext(), "no operation");
        while (operations.hasNext()) {
            final Map.Entry<String, JsonNode> operation = operations.next();
            final String channelRef = operation.getValue().path("channel").path("$ref").asText();
            assertTrue(channelRef.startsWith("#/channels/") && doc.at(channelRef.substring(1)).isObject(),
                    operation.getKey() + " refers to " + channelRef);
            assertTrue(Set.of("send", "receive").contains(operation.getValue().path("action").asText()));
            assertTrue(operation.getValue().path("messages").size() > 0, operation.getKey() + " has no message");
            operation.getValue().path("messages").forEach(m -> {
                final String ref = m.path("$ref").asText();
                assertTrue(ref.startsWith(channelRef + "/messages/") && doc.at(ref.substring(1)).isObject(),
                        operation.getKey() + " sends or receives " + ref + ", not a message of " + channelRef);
            });
        }
    }

    @Test
    void describesEveryTopicOnce() {
        final Set<String> addresses = new TreeSet<>();
        doc.path("channels").forEach(c -> assertTrue(addresses.add(c.path("address").asText()),
                "twice: " + c.path("address").asText()));
        assertEquals(new TreeSet<>(List.of("news.articles.raw", "news.articles.enriched", "news.articles.current",
                "news.tracks.military", "news.tracks.political", "news.tracks.economic", "news.articles.dlq",
                "news.feeds.state", "news.stories.current")), addresses);
    }

    @Test
    void theCurrentStateTopicsAreCompactedAndTheStreamsAreNot() {
        doc.path("channels").forEach(c -> {
            final String address = c.path("address").asText();
            final boolean compacted = Set.of("news.articles.current", "news.feeds.state", "news.stories.current")
                    .contains(address);
            assertEquals(compacted ? "compact" : "delete",
                    c.at("/bindings/kafka/topicConfiguration/cleanup.policy/0").asText(), address);
        });
    }

    @Test
    void deadLettersCarryTheirHeadersAndTombstonesAreNullPayloads() {
        final JsonNode deadLetter = doc.at("/components/messages/deadLetter");
        assertEquals(List.of("__streams.errors.exception", "__streams.errors.message", "__streams.errors.stacktrace",
                "__streams.errors.topic", "__streams.errors.partition", "__streams.errors.offset"),
                textList(deadLetter.at("/headers/required")));
        assertEquals("null", doc.at("/components/messages/articleRetraction/payload/type").asText());
        assertEquals("#/components/messages/articleRetraction",
                doc.at("/channels/articlesCurrent/messages/articleRetraction/$ref").asText());
        assertTrue(doc.at("/channels/feedsState/messages/articleRetraction").isMissingNode(),
                "newsflow writes no tombstone to the feeds' state");
    }

    private static JsonNode resolve(final JsonNode ref) {
        return doc.at(ref.path("$ref").asText().substring(1));
    }

    private static List<String> textList(final JsonNode array) {
        final List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static void refs(final JsonNode node, final Consumer<String> each) {
        if (node.isObject() && node.path("$ref").isTextual()) {
            each.accept(node.path("$ref").asText());
        }
        node.forEach(child -> refs(child, each));
    }
}
