package io.newsflow.common.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.common.article.RawArticle;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class JsonSerdeTest {

    private final JsonSerde<RawArticle> serde = JsonSerde.of(RawArticle.class);

    private RawArticle read(final String json) {
        return serde.deserializer().deserialize("t", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void roundTripsAnArticle() {
        final RawArticle article = new RawArticle("wire-1", "https://example.org/a", "Title", "Body \u00e9", "AP",
                "2020-10-19", "en", 7L, "2026-03-01T12:00:00Z");
        final byte[] bytes = serde.serializer().serialize("t", article);
        assertEquals(article, serde.deserializer().deserialize("t", bytes));
    }

    @Test
    void nullFieldsAreLeftOutAndUnknownFieldsIgnored() {
        final byte[] bytes = serde.serializer().serialize("t",
                new RawArticle(null, null, "Title", null, null, null, null, null, null));
        assertEquals("{\"title\":\"Title\"}", new String(bytes, StandardCharsets.UTF_8));
        assertEquals("Title", read("{\"title\":\"Title\",\"extra\":{\"a\":1}}").title());
    }

    @Test
    void tombstonesPassAsNull() {
        assertNull(serde.serializer().serialize("t", null));
        assertNull(serde.deserializer().deserialize("t", null));
    }

    @Test
    void brokenValuesAreSerializationExceptions() {
        assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("t", new byte[0]));
        assertThrows(SerializationException.class, () -> read("{\"title\": "));
        assertThrows(SerializationException.class, () -> read("null"));
        assertThrows(SerializationException.class, () -> read("{\"title\":\"a\"} trailing"));
        assertThrows(SerializationException.class, () -> read("{\"revision\":\"soon\"}"));
    }

    @Test
    void theSharedMapperWritesWhatItReads() throws Exception {
        final byte[] bytes = Json.writeBytes(new RawArticle("x", null, "T", null, null, null, null, 1L, null));
        assertArrayEquals(bytes, Json.write(Json.read(bytes, RawArticle.class)).getBytes(StandardCharsets.UTF_8));
        assertFalse(Json.write(new Object()).isEmpty());
    }
}
