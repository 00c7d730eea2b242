package io.newsflow.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.newsflow.common.json.Json;
import io.newsflow.contract.AsyncApiGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * The topic contract as the model jar ships it, and the checks of a real record against it: its key
 * against the key schema of its channel's messages, its value against their payload schemas (closed to
 * properties they do not list, so that a property newsflow writes but the document lacks fails), a null
 * value against a tombstone message, and the headers of a dead letter against the header schema.
 */
final class ContractDocument {

    private static final String BASE = "https://contract.newsflow.invalid/asyncapi.json";
    private final JsonNode doc;
    private final SchemaRegistry registry;

    ContractDocument() {
        try (InputStream in = AsyncApiGenerator.class.getClassLoader().getResourceAsStream(AsyncApiGenerator.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(AsyncApiGenerator.RESOURCE + " is not on the classpath");
            }
            doc = Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        final ObjectNode components = doc.path("components").deepCopy();
        components.path("schemas").forEach(s -> {
            if (s instanceof ObjectNode object && object.has("properties")) {
                object.put("additionalProperties", false);
            }
        });
        final ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("components", components);
        final String text = root.toString();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7, b -> b.schemas(Map.of(BASE, text)));
    }

    /** Why the record breaks the contract of the channel at {@code address}; empty when it keeps it. */
    List<String> violations(final String address, final ConsumerRecord<byte[], byte[]> record) {
        final List<String> problems = new ArrayList<>();
        final List<String> messages = messagesOf(address);
        final JsonNode key = record.key() == null ? JsonNodeFactory.instance.nullNode()
                : JsonNodeFactory.instance.textNode(new String(record.key(), StandardCharsets.UTF_8));
        final JsonNode value;
        if (record.value() == null) {
            value = JsonNodeFactory.instance.nullNode();
        } else if (isBytes(messages)) {
            value = null;
        } else {
            try {
                value = Json.mapper().readTree(record.value());
            } catch (IOException e) {
                problems.add("not JSON: " + e.getMessage());
                return problems;
            }
        }
        final List<String> perMessage = new ArrayList<>();
        for (String message : messages) {
            final List<String> errors = new ArrayList<>();
            errors.addAll(errors(message + "/bindings/kafka/key", key));
            if (value != null) {
                errors.addAll(errors(message + "/payload", value));
            }
            if (doc.at(message.substring(1) + "/headers").isObject()) {
                errors.addAll(errors(message + "/headers", headers(record)));
            }
            if (errors.isEmpty()) {
                return List.of();
            }
            perMessage.add(message + ": " + errors);
        }
        problems.addAll(perMessage);
        return problems;
    }

    /** The pointers of the messages a channel carries ({@code #/components/messages/...}). */
    List<String> messagesOf(final String address) {
        final Iterator<JsonNode> channels = doc.path("channels").elements();
        while (channels.hasNext()) {
            final JsonNode channel = channels.next();
            if (address.equals(channel.path("address").asText())) {
                final List<String> refs = new ArrayList<>();
                channel.path("messages").forEach(m -> refs.add(m.path("$ref").asText()));
                return refs;
            }
        }
        throw new AssertionError("the contract has no channel " + address);
    }

    /** The message's payload is bytes newsflow does not read (a dead letter's). */
    private boolean isBytes(final List<String> messages) {
        return messages.stream().anyMatch(m -> "binary".equals(doc.at(m.substring(1) + "/payload/format").asText()));
    }

    private List<String> errors(final String pointer, final JsonNode node) {
        final List<Error> errors = registry.getSchema(SchemaLocation.of(BASE + pointer)).validate(node);
        return errors.stream().map(Error::toString).toList();
    }

    /** A record's headers as the header schema sees them: an object of UTF-8 strings (the last of a repeated name). */
    static ObjectNode headers(final ConsumerRecord<byte[], byte[]> record) {
        final ObjectNode headers = JsonNodeFactory.instance.objectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null
                    : new String(header.value(), StandardCharsets.UTF_8));
        }
        return headers;
    }
}
