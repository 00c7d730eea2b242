package io.newsflow.sink;

import io.micrometer.core.instrument.Counter;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Kafka's log-and-continue handlers, which write the sink's dead letters to {@code news.articles.dlq}
 * with the {@code __streams.errors.*} headers, counting each dead letter on the {@link Counter} given as
 * {@value #COUNTER_CONFIG} in the Streams configuration (the {@code newsflow_dlq_total} meter), so that
 * the meter tells of the sink's dead letters as it does of enrich's.
 */
public final class CountedDeadLetters {

    /** Streams configuration key of the {@link Counter} each dead letter increments (not a Kafka setting). */
    public static final String COUNTER_CONFIG = "newsflow.dlq.counter";

    private CountedDeadLetters() {
    }

    /** For records whose key cannot be read. */
    public static final class Deserialization extends LogAndContinueExceptionHandler {
        private Counter counter;

        @Override
        public void configure(final Map<String, ?> configs) {
            super.configure(configs);
            counter = counterIn(configs);
        }

        @Override
        public DeserializationExceptionHandler.Response handleError(final ErrorHandlerContext context,
                final ConsumerRecord<byte[], byte[]> record, final Exception exception) {
            final DeserializationExceptionHandler.Response response = super.handleError(context, record, exception);
            count(counter, response.deadLetterQueueRecords());
            return response;
        }
    }

    /** For enriched records that are not JSON or break the contract. */
    public static final class Processing extends LogAndContinueProcessingExceptionHandler {
        private Counter counter;

        @Override
        public void configure(final Map<String, ?> configs) {
            super.configure(configs);
            counter = counterIn(configs);
        }

        @Override
        public ProcessingExceptionHandler.Response handleError(final ErrorHandlerContext context,
                final Record<?, ?> record, final Exception exception) {
            final ProcessingExceptionHandler.Response response = super.handleError(context, record, exception);
            count(counter, response.deadLetterQueueRecords());
            return response;
        }
    }

    private static Counter counterIn(final Map<String, ?> configs) {
        return configs.get(COUNTER_CONFIG) instanceof Counter c ? c : null;
    }

    private static void count(final Counter counter, final List<ProducerRecord<byte[], byte[]>> deadLetters) {
        if (counter != null && deadLetters != null && !deadLetters.isEmpty()) {
            counter.increment(deadLetters.size());
        }
    }
}
