package io.newsflow.common.deadletter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.article.ArticleProblem;
import io.newsflow.common.article.InvalidArticleException;
import io.newsflow.common.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.internals.DefaultErrorHandlerContext;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/**
 * The one dead-letter handler of enrich and sink: what it answers for each kind of error, the record it
 * writes, and what it counts. The topologies' tests show the same records arriving on the topic.
 */
class DeadLetterHandlerTest {

    private static final byte[] KEY = "a-1".getBytes(StandardCharsets.UTF_8);
    private static final byte[] VALUE = "{not json".getBytes(StandardCharsets.UTF_8);

    private final Counter counter = new SimpleMeterRegistry().counter("dlq");

    @Test
    void settingsInstallTheHandlerForEveryKindOfErrorWithTheTopicAndTheCounter() {
        final Map<String, Object> settings = DeadLetterHandler.streamsSettings(counter);

        assertEquals(Topics.DLQ.name(), settings.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG));
        assertEquals(DeadLetterHandler.class.getName(),
                settings.get(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG));
        assertEquals(DeadLetterHandler.class.getName(), settings.get(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG));
        assertEquals(DeadLetterHandler.class.getName(), settings.get(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG));
        assertSame(counter, settings.get(DeadLetterHandler.COUNTER_CONFIG));
        assertFalse(DeadLetterHandler.streamsSettings(null).containsKey(DeadLetterHandler.COUNTER_CONFIG));
    }

    @Test
    void aProcessingErrorIsOneDeadLetterWithTheOriginalBytesAndTheHeadersAndTheStreamGoesOn() {
        final DeadLetterHandler handler = handler(counter);

        final ProcessingExceptionHandler.Response response = failInProcessing(handler,
                new SerializationException("not a valid RawArticle JSON object"));

        assertEquals(ProcessingExceptionHandler.Result.RESUME, response.result());
        final ProducerRecord<byte[], byte[]> dead = single(response.deadLetterQueueRecords());
        assertEquals(Topics.DLQ.name(), dead.topic());
        assertArrayEquals(KEY, dead.key());
        assertArrayEquals(VALUE, dead.value());
        final Headers headers = dead.headers();
        assertEquals(SerializationException.class.getName(), header(headers, DeadLetterHandler.HEADER_EXCEPTION));
        assertEquals("not a valid RawArticle JSON object", header(headers, DeadLetterHandler.HEADER_MESSAGE));
        assertTrue(header(headers, DeadLetterHandler.HEADER_STACKTRACE).contains(SerializationException.class.getName()));
        assertEquals("news.articles.raw", header(headers, DeadLetterHandler.HEADER_TOPIC));
        assertEquals("2", header(headers, DeadLetterHandler.HEADER_PARTITION));
        assertEquals("41", header(headers, DeadLetterHandler.HEADER_OFFSET));
        assertEquals("kept", header(headers, "origin"), "the source record's own headers stay");
        assertEquals(1.0, counter.count());
    }

    @Test
    void everyKindOfBadInputAndAnyOtherFailureIsADeadLetter() {
        final DeadLetterHandler handler = handler(counter);
        final List<RuntimeException> errors = List.of(
                new InvalidArticleException(List.of(new ArticleProblem("title", "title or body must be non-empty"))),
                new Rejected("key is not an article id"),
                new IllegalStateException("tagger cannot handle this text"));

        for (RuntimeException e : errors) {
            final ProcessingExceptionHandler.Response response = failInProcessing(handler, e);
            assertEquals(ProcessingExceptionHandler.Result.RESUME, response.result());
            assertEquals(e.getClass().getName(),
                    header(single(response.deadLetterQueueRecords()).headers(), DeadLetterHandler.HEADER_EXCEPTION));
        }
        assertEquals(3.0, counter.count());
    }

    @Test
    void aRecordTheBrokerRefusesAsTooLargeOrThatCannotBeSerializedIsACountedDeadLetter() {
        final DeadLetterHandler handler = handler(counter);

        final ProductionExceptionHandler.Response tooLarge = failInProduction(handler,
                new RecordTooLargeException("too large"));
        final ProductionExceptionHandler.Response unserializable = handler.handleSerializationError(context(), output(),
                new SerializationException("cannot write"), ProductionExceptionHandler.SerializationExceptionOrigin.VALUE);

        assertEquals(ProductionExceptionHandler.Result.RESUME, tooLarge.result());
        assertArrayEquals(VALUE, single(tooLarge.deadLetterQueueRecords()).value(), "the source bytes, not the output");
        assertEquals(ProductionExceptionHandler.Result.RESUME, unserializable.result());
        assertEquals(1, unserializable.deadLetterQueueRecords().size());
        assertEquals(2.0, counter.count());
    }

    @Test
    void otherProductionErrorsAreRetriedOrFailTheThreadUncounted() {
        final DeadLetterHandler handler = handler(counter);

        final ProductionExceptionHandler.Response retriable = failInProduction(handler,
                new TimeoutException("broker away"));
        final ProductionExceptionHandler.Response fatal = failInProduction(handler,
                new TopicAuthorizationException("not allowed"));

        assertEquals(ProductionExceptionHandler.Result.RETRY, retriable.result());
        assertEquals(ProductionExceptionHandler.Result.FAIL, fatal.result());
        assertEquals(0.0, counter.count(), "the aborted transaction processes the record again");
    }

    @Test
    void withoutACounterDeadLettersAreStillWritten() {
        final DeadLetterHandler handler = handler(null);

        final ProcessingExceptionHandler.Response response = failInProcessing(handler, new SerializationException("bad"));

        assertEquals(1, response.deadLetterQueueRecords().size());
    }

    @Test
    void withoutADeadLetterTopicNothingIsWrittenAndTheStreamStillGoesOn() {
        final DeadLetterHandler handler = new DeadLetterHandler();
        handler.configure(Map.of());

        final ProcessingExceptionHandler.Response response = failInProcessing(handler, new SerializationException("bad"));

        assertEquals(ProcessingExceptionHandler.Result.RESUME, response.result());
        assertTrue(response.deadLetterQueueRecords().isEmpty());
    }

    /** A rejection of the record itself, as the services define theirs. */
    private static final class Rejected extends RuntimeException implements BadInput {
        private static final long serialVersionUID = 1L;

        Rejected(final String message) {
            super(message);
        }
    }

    private static DeadLetterHandler handler(final Counter counter) {
        final DeadLetterHandler handler = new DeadLetterHandler();
        handler.configure(new HashMap<>(DeadLetterHandler.streamsSettings(counter)));
        return handler;
    }

    private static ProcessingExceptionHandler.Response failInProcessing(final DeadLetterHandler handler,
            final Exception e) {
        return handler.handleError(context(), new Record<>("a-1", "ignored", 0L), e);
    }

    private static ProductionExceptionHandler.Response failInProduction(final DeadLetterHandler handler,
            final Exception e) {
        return handler.handleError(context(), new ProducerRecord<>("news.articles.enriched", KEY, new byte[] {1, 2, 3}),
                e);
    }

    private static ErrorHandlerContext context() {
        final Headers headers = new RecordHeaders().add("origin", "kept".getBytes(StandardCharsets.UTF_8));
        return new DefaultErrorHandlerContext(null, "news.articles.raw", 2, 41L, headers, "enrich",
                new TaskId(0, 2), 0L, KEY, VALUE);
    }

    private static ProducerRecord<byte[], byte[]> output() {
        return new ProducerRecord<>("news.articles.enriched", KEY, new byte[] {1, 2, 3});
    }

    private static ProducerRecord<byte[], byte[]> single(final List<ProducerRecord<byte[], byte[]>> records) {
        assertEquals(1, records.size(), records.toString());
        return records.get(0);
    }

    private static String header(final Headers headers, final String name) {
        final var h = headers.lastHeader(name);
        assertTrue(h != null, "header " + name);
        return h.value() == null ? null : new String(h.value(), StandardCharsets.UTF_8);
    }
}
