package io.newsflow.common.deadletter;

import io.micrometer.core.instrument.Counter;
import io.newsflow.common.article.InvalidArticleException;
import io.newsflow.common.log.Logfmt;
import io.newsflow.common.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.errors.internals.ExceptionHandlerUtils;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends every record a stream of enrich or sink cannot read or process to the dead-letter topic
 * ({@code news.articles.dlq}) and lets the stream go on, using the dead-letter queue built into Kafka
 * Streams (KIP-1034, {@value StreamsConfig#ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG}).
 * {@link #streamsSettings} gives the settings that install it. A dead letter carries the original key,
 * value bytes and headers of the source record, and the {@code HEADER_*} headers the README's "Dead
 * letters" section lists, written by Kafka Streams' own dead-letter record builder.
 *
 * <p>The processors read the source value themselves, so bad bytes reach this handler as processing
 * errors like every other failure; the deserialization side only guards the source against a failing
 * key deserializer.
 *
 * <p>Each dead letter is logged at WARN with the record's key and the reason (with the stack trace
 * unless the error is bad input: see {@link BadInput}), and counted on the {@link Counter} given as
 * {@value #COUNTER_CONFIG} in the Streams configuration, if any (the {@code newsflow_dlq_total} meter).
 * An output record that the broker refuses as too large, or that cannot be serialized, is a dead letter
 * too; other production errors keep Kafka's default behaviour (retry what is retriable, else fail the
 * stream thread).
 */
public final class DeadLetterHandler
        implements DeserializationExceptionHandler, ProcessingExceptionHandler, ProductionExceptionHandler {

    public static final String HEADER_EXCEPTION = ExceptionHandlerUtils.HEADER_ERRORS_EXCEPTION_NAME;
    public static final String HEADER_MESSAGE = ExceptionHandlerUtils.HEADER_ERRORS_EXCEPTION_MESSAGE_NAME;
    public static final String HEADER_STACKTRACE = ExceptionHandlerUtils.HEADER_ERRORS_STACKTRACE_NAME;
    public static final String HEADER_TOPIC = ExceptionHandlerUtils.HEADER_ERRORS_TOPIC_NAME;
    public static final String HEADER_PARTITION = ExceptionHandlerUtils.HEADER_ERRORS_PARTITION_NAME;
    public static final String HEADER_OFFSET = ExceptionHandlerUtils.HEADER_ERRORS_OFFSET_NAME;

    /** Streams configuration key of the {@link Counter} each dead letter increments (not a Kafka setting). */
    public static final String COUNTER_CONFIG = "newsflow.dlq.counter";

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterHandler.class);
    private static final int MAX_LOGGED_CHARS = 300;

    /**
     * The Kafka Streams settings that send dead letters to {@code news.articles.dlq} through this handler
     * for deserialization, processing and production errors, counting each on {@code counter} (null: not
     * counted).
     */
    public static Map<String, Object> streamsSettings(final Counter counter) {
        final Map<String, Object> settings = new HashMap<>();
        settings.put(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG, Topics.DLQ.name());
        settings.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
        settings.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
        settings.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class.getName());
        if (counter != null) {
            settings.put(COUNTER_CONFIG, counter);
        }
        return settings;
    }

    private String deadLetterTopic;
    private Counter counter;

    @Override
    public void configure(final Map<String, ?> configs) {
        final Object topic = configs.get(StreamsConfig.ERRORS_DEAD_LETTER_QUEUE_TOPIC_NAME_CONFIG);
        deadLetterTopic = topic == null ? null : String.valueOf(topic);
        counter = configs.get(COUNTER_CONFIG) instanceof Counter c ? c : null;
    }

    @Override
    public DeserializationExceptionHandler.Response handleError(final ErrorHandlerContext context,
            final ConsumerRecord<byte[], byte[]> record, final Exception exception) {
        log(context, exception);
        return DeserializationExceptionHandler.Response.resume(deadLetters(context, exception));
    }

    @Override
    public ProcessingExceptionHandler.Response handleError(final ErrorHandlerContext context, final Record<?, ?> record,
            final Exception exception) {
        log(context, exception);
        return ProcessingExceptionHandler.Response.resume(deadLetters(context, exception));
    }

    @Override
    public ProductionExceptionHandler.Response handleError(final ErrorHandlerContext context,
            final ProducerRecord<byte[], byte[]> record, final Exception exception) {
        if (exception instanceof RecordTooLargeException) {
            log(context, exception);
            return ProductionExceptionHandler.Response.resume(deadLetters(context, exception));
        }
        if (exception instanceof RetriableException) {
            return ProductionExceptionHandler.Response.retry();
        }
        LOG.error("event=produce_failed topic={} sourceTopic={} partition={} offset={}", record.topic(),
                context.topic(), context.partition(), context.offset(), exception);
        // Not counted: the thread fails, its transaction is aborted, and the record is processed again.
        return ProductionExceptionHandler.Response.fail(deadLetterRecords(context, exception));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public ProductionExceptionHandler.Response handleSerializationError(final ErrorHandlerContext context,
            final ProducerRecord record, final Exception exception,
            final ProductionExceptionHandler.SerializationExceptionOrigin origin) {
        log(context, exception);
        return ProductionExceptionHandler.Response.resume(deadLetters(context, exception));
    }

    /** The dead letters of a record the stream skips, counted. */
    private List<ProducerRecord<byte[], byte[]>> deadLetters(final ErrorHandlerContext context, final Exception e) {
        if (counter != null) {
            counter.increment();
        }
        return deadLetterRecords(context, e);
    }

    private List<ProducerRecord<byte[], byte[]>> deadLetterRecords(final ErrorHandlerContext context,
            final Exception e) {
        return ExceptionHandlerUtils.maybeBuildDeadLetterQueueRecords(deadLetterTopic, context.sourceRawKey(),
                context.sourceRawValue(), context, e);
    }

    private static void log(final ErrorHandlerContext context, final Exception e) {
        final byte[] key = context.sourceRawKey();
        final String id = key == null ? "(none)" : abbreviate(new String(key, StandardCharsets.UTF_8));
        final Logfmt line = Logfmt.event("dead_letter").add("id", id).add("topic", context.topic())
                .add("partition", context.partition()).add("offset", context.offset())
                .add("exception", e.getClass().getSimpleName()).add("reason", abbreviate(String.valueOf(e.getMessage())));
        if (isExpected(e)) {
            LOG.warn("{}", line);
        } else {
            LOG.warn("{}", line, e);
        }
    }

    /** Bad input is routine: its reason is enough. Anything else gets its stack trace in the log. */
    private static boolean isExpected(final Exception e) {
        return e instanceof SerializationException || e instanceof InvalidArticleException
                || e instanceof BadInput || e instanceof RecordTooLargeException;
    }

    private static String abbreviate(final String s) {
        return s.length() <= MAX_LOGGED_CHARS ? s : s.substring(0, MAX_LOGGED_CHARS) + "...";
    }
}
