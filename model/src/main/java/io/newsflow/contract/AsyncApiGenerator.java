package io.newsflow.contract;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.common.json.Json;
import io.newsflow.contract.ContractChannel.Header;
import io.newsflow.contract.ContractChannel.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes newsflow's topic contract, an AsyncAPI 3.0 document, from {@link NewsflowChannels} and the payload
 * records ({@link PayloadSchemas}). The document is committed as the classpath resource {@value #RESOURCE}
 * of the model jar; a test fails when the records and the committed file part ways.
 *
 * <p>{@code mvn -q -B -pl model compile exec:java} (or {@code main} with the path to write) writes it again.
 */
public final class AsyncApiGenerator {

    /** Where the document is on the classpath. */
    public static final String RESOURCE = "io/newsflow/contract/asyncapi.json";
    /** The contract's own version: raised when a topic, a key or a payload changes. */
    public static final String CONTRACT_VERSION = "1.0.0";
    private static final String KAFKA_BINDING_VERSION = "0.5.0";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AsyncApiGenerator() {
    }

    /** Writes the document to the path given, or to standard output without one. */
    public static void main(final String[] args) throws IOException {
        final String document = generate();
        if (args.length == 0) {
            System.out.print(document);
            return;
        }
        final Path target = Path.of(args[0]);
        if (target.getParent() != null) {
            Files.createDirectories(target.getParent());
        }
        Files.writeString(target, document, StandardCharsets.UTF_8);
        System.out.println("wrote " + target);
    }

    /** The document as the committed file holds it: two-space indents, {@code \n} line ends, a final newline. */
    public static String generate() {
        final DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return Json.mapper().writer(printer).writeValueAsString(document()) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as a tree. */
    public static ObjectNode document() {
        final List<ContractChannel> channels = NewsflowChannels.all();
        final PayloadSchemas schemas = new PayloadSchemas();
        final ObjectNode doc = NODES.objectNode();
        doc.put("asyncapi", "3.0.0");
        doc.put("id", "urn:io.newsflow:topics");
        doc.set("info", info());
        doc.set("servers", servers());
        doc.put("defaultContentType", NewsflowChannels.JSON);
        final ObjectNode channelNodes = doc.putObject("channels");
        final ObjectNode operations = doc.putObject("operations");
        final Map<String, ObjectNode> messages = new LinkedHashMap<>();
        for (ContractChannel channel : channels) {
            channelNodes.set(channel.id(), channel(channel));
            messages.computeIfAbsent(channel.message().id(), id -> message(channel, channel.message(), schemas));
            if (channel.retraction() != null) {
                messages.computeIfAbsent(channel.retraction().id(), id -> message(channel, channel.retraction(), schemas));
            }
            channel.writers().forEach(service -> operations.set(service + "Sends" + capitalized(channel.id()),
                    operation("send", service, channel)));
            channel.readers().forEach(service -> operations.set(service + "Receives" + capitalized(channel.id()),
                    operation("receive", service, channel)));
        }
        final ObjectNode components = doc.putObject("components");
        components.set("schemas", schemas.definitions());
        components.putObject("messages").setAll(messages);
        return doc;
    }

    private static ObjectNode info() {
        final ObjectNode info = NODES.objectNode();
        info.put("title", "newsflow topics");
        info.put("version", CONTRACT_VERSION);
        info.put("description", "The Kafka topics of newsflow: their keys, the JSON of their values, the headers of "
                + "dead letters, and which are compacted. Values are UTF-8 JSON written by one Jackson mapper: a "
                + "property listed as required is always written, possibly as null where its type allows; an "
                + "optional one is left out rather than written as null. Readers should ignore properties they do "
                + "not know: newer versions may add some. Partitions and replicas are the cluster's, not the "
                + "contract's: a service creates a missing topic with --partitions partitions (by default the "
                + "smallest multiple of the processor count that is at least 3), --replication-factor replicas and "
                + "--min-insync-replicas (by default the lesser of 3 and the number of brokers, and the lesser of 2 "
                + "and that), and leaves an existing topic as it is. Keys are UTF-8 strings. Generated from the "
                + "payload records (io.newsflow.contract.AsyncApiGenerator); do not edit.");
        info.putObject("license").put("name", "GPL-3.0-or-later").put("url", "https://www.gnu.org/licenses/gpl-3.0.html");
        return info;
    }

    private static ObjectNode servers() {
        final ObjectNode servers = NODES.objectNode();
        servers.putObject("local").put("host", "127.0.0.1:9092").put("protocol", "kafka")
                .put("description", "The all-in-one launcher's embedded broker; any cluster given with "
                        + "--bootstrap-servers carries the same topics.");
        return servers;
    }

    private static ObjectNode channel(final ContractChannel channel) {
        final ObjectNode node = NODES.objectNode();
        node.put("address", channel.address());
        node.put("description", channel.description());
        final ObjectNode messages = node.putObject("messages");
        messages.set(channel.message().id(), ref("#/components/messages/" + channel.message().id()));
        if (channel.retraction() != null) {
            messages.set(channel.retraction().id(), ref("#/components/messages/" + channel.retraction().id()));
        }
        final ObjectNode kafka = node.putObject("bindings").putObject("kafka");
        kafka.put("topic", channel.address());
        kafka.putObject("topicConfiguration").putArray("cleanup.policy")
                .add(channel.compacted() ? "compact" : "delete");
        kafka.put("bindingVersion", KAFKA_BINDING_VERSION);
        return node;
    }

    private static ObjectNode message(final ContractChannel channel, final Message message,
            final PayloadSchemas schemas) {
        final ObjectNode node = NODES.objectNode();
        node.put("name", message.id());
        node.put("title", message.title());
        node.put("summary", message.summary());
        if (message.contentType() != null) {
            node.put("contentType", message.contentType());
        }
        if (message.payload() != null) {
            node.set("payload", schemas.reference(message.payload()));
        } else if (message.contentType() == null) {
            node.putObject("payload").put("title", "Tombstone").put("type", "null")
                    .put("description", "A tombstone: Kafka's null value, no bytes at all");
        } else {
            node.putObject("payload").put("title", capitalized(message.id()) + "Value").put("type", "string")
                    .put("format", "binary")
                    .put("description", "Bytes newsflow passes on unread");
        }
        if (!message.headers().isEmpty()) {
            node.set("headers", headers(capitalized(message.id()) + "Headers", message.headers()));
        }
        final ObjectNode key = NODES.objectNode();
        if (channel.key().nullable()) {
            key.putArray("type").add("string").add("null");
        } else {
            key.put("type", "string");
        }
        key.put("description", channel.key().description());
        if (channel.key().pattern() != null) {
            key.put("pattern", channel.key().pattern());
        }
        node.putObject("bindings").putObject("kafka").<ObjectNode>set("key", key)
                .put("bindingVersion", KAFKA_BINDING_VERSION);
        return node;
    }

    private static ObjectNode headers(final String title, final List<Header> headers) {
        final ObjectNode schema = NODES.objectNode();
        schema.put("title", title);
        schema.put("type", "object");
        schema.put("description", "Kafka record headers, each value a UTF-8 string; a consumer may find others");
        final ObjectNode properties = schema.putObject("properties");
        final ArrayNode required = schema.putArray("required");
        for (Header header : headers) {
            final ObjectNode property = properties.putObject(header.name());
            property.put("type", "string").put("description", header.description());
            if (header.pattern() != null) {
                property.put("pattern", header.pattern());
            }
            required.add(header.name());
        }
        return schema;
    }

    private static ObjectNode operation(final String action, final String service, final ContractChannel channel) {
        final ObjectNode node = NODES.objectNode();
        node.put("action", action);
        node.set("channel", ref("#/channels/" + channel.id()));
        node.put("summary", service + ("send".equals(action) ? " writes " : " reads ") + channel.address());
        final ArrayNode messages = node.putArray("messages");
        messages.add(ref("#/channels/" + channel.id() + "/messages/" + channel.message().id()));
        if (channel.retraction() != null) {
            messages.add(ref("#/channels/" + channel.id() + "/messages/" + channel.retraction().id()));
        }
        return node;
    }

    private static ObjectNode ref(final String pointer) {
        return NODES.objectNode().put("$ref", pointer);
    }

    private static String capitalized(final String word) {
        return word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
