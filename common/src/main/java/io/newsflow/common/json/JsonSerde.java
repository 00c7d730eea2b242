package io.newsflow.common.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * JSON serde for one payload record. Null in, null out, so that tombstones pass; an empty or
 * malformed value is a {@link SerializationException}, which the stream sends to the dead-letter topic.
 */
public final class JsonSerde<T> implements Serde<T> {

    private final Class<T> type;
    private final Serializer<T> serializer;
    private final Deserializer<T> deserializer;

    public JsonSerde(final Class<T> type) {
        this.type = type;
        this.serializer = (topic, value) -> value == null ? null : Json.writeBytes(value);
        this.deserializer = (topic, bytes) -> deserialize(bytes);
    }

    public static <T> JsonSerde<T> of(final Class<T> type) {
        return new JsonSerde<>(type);
    }

    private T deserialize(final byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        if (bytes.length == 0) {
            throw new SerializationException("empty value: not a " + type.getSimpleName() + " JSON object");
        }
        try {
            final T value = Json.read(bytes, type);
            if (value == null) {
                throw new SerializationException("JSON null is not a " + type.getSimpleName());
            }
            return value;
        } catch (JsonProcessingException e) {
            throw new SerializationException("not a valid " + type.getSimpleName() + " JSON object: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new SerializationException("unreadable " + type.getSimpleName() + " value: " + e.getMessage(), e);
        }
    }

    @Override
    public Serializer<T> serializer() {
        return serializer;
    }

    @Override
    public Deserializer<T> deserializer() {
        return deserializer;
    }
}
