package io.newsflow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The committed contract is the one the records give now. */
class AsyncApiDocumentTest {

    private static final int MAX_LISTED = 10;

    static JsonNode committed() throws IOException {
        try (InputStream in = AsyncApiGenerator.class.getClassLoader().getResourceAsStream(AsyncApiGenerator.RESOURCE)) {
            assertNotNull(in, AsyncApiGenerator.RESOURCE + " is not on the classpath");
            return Json.mapper().readTree(in);
        }
    }

    @Test
    void theCommittedDocumentIsTheGeneratedOne() throws IOException {
        final List<String> differences = new ArrayList<>();
        differences(AsyncApiGenerator.document(), committed(), "", differences);
        assertTrue(differences.isEmpty(), "model/src/main/resources/" + AsyncApiGenerator.RESOURCE + " is not what "
                + "the payload records give now: write it again with `mvn -q -B -pl model compile exec:java`, review "
                + "the difference (raise AsyncApiGenerator.CONTRACT_VERSION when a topic, key or payload changed) and "
                + "commit it. It differs at " + differences);
    }

    @Test
    void generatingTwiceGivesTheSameText() {
        assertEquals(AsyncApiGenerator.generate(), AsyncApiGenerator.generate());
    }

    @Test
    void aDifferenceIsFoundAndPlaced() throws IOException {
        final JsonNode changed = committed().deepCopy();
        ((ObjectNode) changed.path("info")).put("title", "something else");
        final List<String> differences = new ArrayList<>();
        differences(AsyncApiGenerator.document(), changed, "", differences);
        assertEquals(List.of("/info/title"), differences);
    }

    /** The JSON pointers where {@code expected} and {@code actual} differ, the first {@value #MAX_LISTED}. */
    private static void differences(final JsonNode expected, final JsonNode actual, final String at,
            final List<String> out) {
        if (out.size() >= MAX_LISTED || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            final Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String name : names) {
                differences(expected.path(name), actual.path(name), at + "/" + name.replace("~", "~0")
                        .replace("/", "~1"), out);
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            final Iterator<JsonNode> e = expected.elements();
            final Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                differences(e.next(), a.next(), at + "/" + i, out);
            }
        } else {
            out.add(at.isEmpty() ? "/" : at);
        }
    }
}
