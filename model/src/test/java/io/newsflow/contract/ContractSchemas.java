package io.newsflow.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Validators over the schemas of a contract document (draft-07, AsyncAPI's schema format): the payload
 * of a message as the document gives it, or strict, with every object closed to properties it does not
 * list, so that a test sees a property the records write but the document lacks.
 */
final class ContractSchemas {

    private static final String BASE = "https://contract.newsflow.invalid/asyncapi.json";
    private final SchemaRegistry registry;

    ContractSchemas(final JsonNode document, final boolean strict) {
        // Only the components are a schema resource: the document's other members (its "id") are not keywords.
        final ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.set("components", document.path("components").deepCopy());
        if (strict) {
            closeObjects(root.path("components").path("schemas"));
        }
        final String text = root.toString();
        registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemas(Map.of(BASE, text)));
    }

    /** The errors of {@code value} against the payload of message {@code messageId}; empty when it is valid. */
    List<Error> payloadErrors(final String messageId, final JsonNode value) {
        return schema("#/components/messages/" + messageId + "/payload").validate(value);
    }

    /** The errors of {@code value} against the schema at {@code pointer} (a fragment of the document). */
    List<Error> errors(final String pointer, final JsonNode value) {
        return schema(pointer).validate(value);
    }

    private Schema schema(final String pointer) {
        return registry.getSchema(SchemaLocation.of(BASE + pointer));
    }

    private static void closeObjects(final JsonNode definitions) {
        final Iterator<JsonNode> each = definitions.elements();
        while (each.hasNext()) {
            final JsonNode definition = each.next();
            if (definition instanceof ObjectNode object && object.has("properties")) {
                object.put("additionalProperties", false);
            }
        }
    }
}
