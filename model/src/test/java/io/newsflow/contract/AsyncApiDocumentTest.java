package io.newsflow.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The committed contract is the one the records give now. */
class AsyncApiDocumentTest {

    static JsonNode committed() throws IOException {
        try (InputStream in = AsyncApiGenerator.class.getClassLoader().getResourceAsStream(AsyncApiGenerator.RESOURCE)) {
            assertNotNull(in, AsyncApiGenerator.RESOURCE + " is not on the classpath");
            return Json.mapper().readTree(in);
        }
    }

    @Test
    void theCommittedDocumentIsTheGeneratedOne() throws IOException {
        assertEquals(AsyncApiGenerator.document(), committed(),
                "model/src/main/resources/" + AsyncApiGenerator.RESOURCE + " is not what the payload records give "
                        + "now: write it again with `mvn -q -B -pl model compile exec:java`, review the difference "
                        + "(raise AsyncApiGenerator.CONTRACT_VERSION when a topic, key or payload changed) and "
                        + "commit it");
    }

    @Test
    void generatingTwiceGivesTheSameText() {
        assertEquals(AsyncApiGenerator.generate(), AsyncApiGenerator.generate());
    }
}
