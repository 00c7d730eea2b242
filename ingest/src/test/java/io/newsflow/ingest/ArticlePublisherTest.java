package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.ArticleValidator;
import io.newsflow.common.article.InvalidArticleException;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.ops.Metrics;
import io.newsflow.common.topic.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

class ArticlePublisherTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00.123456789Z");

    private final MockProducer<String, RawArticle> producer = new MockProducer<>(true, null, new StringSerializer(),
            Topics.RAW.valueSerde().serializer());
    private final ArticlePublisher publisher = new ArticlePublisher(producer,
            new ArticleValidator(ArticleValidator.DEFAULT_MAX_BODY_BYTES, Clock.fixed(NOW, ZoneOffset.UTC)),
            Duration.ofMillis(200), Clock.fixed(NOW, ZoneOffset.UTC), null);

    private static RawArticle article(final String id, final String title) {
        return new RawArticle(id, null, title, "Body of " + title, null, null, null, null, null);
    }

    @Test
    void producerSettingsCarryTheGuaranteesAndTheSendTimeout() {
        final Properties passthrough = new Properties();
        passthrough.put("acks", "1");
        passthrough.put("linger.ms", "50");
        passthrough.put("security.protocol", "SSL");
        final IngestConfig cfg = new IngestConfig("k1:9092,k2:9092", "127.0.0.1", 0, 3, 2 * 1024 * 1024,
                16 * 1024 * 1024, Duration.ofSeconds(4), Duration.ofSeconds(30), "", passthrough);

        final Properties props = IngestProducer.settings(cfg);

        assertEquals("k1:9092,k2:9092", props.get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG));
        assertEquals("all", props.get(ProducerConfig.ACKS_CONFIG));
        assertEquals("true", props.get(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG));
        assertEquals("4000", props.get(ProducerConfig.MAX_BLOCK_MS_CONFIG));
        assertEquals("4000", props.get(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG));
        assertEquals("50", props.get(ProducerConfig.LINGER_MS_CONFIG));
        // delivery.timeout.ms must cover linger.ms + request.timeout.ms or KafkaProducer refuses to start.
        assertEquals("3950", props.get(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG));
        assertTrue(Long.parseLong((String) props.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG)) > 2 * 1024 * 1024);
        assertEquals("SSL", props.get("security.protocol"));
    }

    @Test
    void producerSettingsAreAcceptedByKafkaProducer() {
        final IngestConfig cfg = new IngestConfig("127.0.0.1:9", "127.0.0.1", 0, 3, 1024 * 1024,
                16 * 1024 * 1024, Duration.ofMillis(500), Duration.ofSeconds(30), "", new Properties());
        // Building the client checks the settings against each other without contacting the broker.
        try (ArticlePublisher real = ArticlePublisher.create(cfg, null)) {
            assertEquals(Duration.ofMillis(500), real.sendTimeout());
        }
    }

    @Test
    void aPublisherWithMetricsCountsWhatTheBrokerAcknowledgedAndExposesItsClient() {
        final IngestConfig cfg = new IngestConfig("127.0.0.1:9", "127.0.0.1", 0, 3, 1024 * 1024,
                16 * 1024 * 1024, Duration.ofMillis(500), Duration.ofSeconds(30), "", new Properties());
        try (Metrics metrics = Metrics.create("ingest")) {
            try (ArticlePublisher real = ArticlePublisher.create(cfg, metrics)) {
                assertTrue(metrics.scrape().contains("kafka_producer_"), "the producer's client metrics are bound");
            }
            final ArticlePublisher counted = new ArticlePublisher(producer, new ArticleValidator(1000),
                    Duration.ofMillis(200), Clock.systemUTC(), metrics);
            counted.publish(article("m-1", "Counted"));
            assertEquals(1.0, metrics.ingested().count());
            assertEquals(1, ArticlePublisher.publishTimer(metrics).count());
        }
    }

    @Test
    void stampsIdRevisionAndIngestionTime() {
        final PublishReceipt receipt = publisher.publish(article(null, "Ferry service resumes"));
        final RawArticle sent = producer.history().get(0).value();

        assertEquals(receipt.id(), sent.id());
        assertTrue(receipt.id().startsWith("sha-"));
        assertEquals(NOW.toEpochMilli(), sent.revision());
        assertEquals("2026-03-01T12:00:00.123Z", sent.ingestedAt());
        assertEquals(Instant.parse(sent.ingestedAt()).toEpochMilli(), sent.revision());
    }

    @Test
    void invalidArticlesAreNotSent() {
        final InvalidArticleException e = assertThrows(InvalidArticleException.class,
                () -> publisher.publish(new RawArticle("a b", null, null, null, null, "2020-13-45", "German!", -5L, null)));
        assertEquals(List.of("title", "id", "publishedAt", "language", "revision"),
                e.problems().stream().map(p -> p.field()).toList());
        assertThrows(InvalidArticleException.class, () -> publisher.retract("has space"));
        assertTrue(producer.history().isEmpty());
    }

    @Test
    void tooLargeForKafkaIsItsOwnFailure() {
        producer.sendException = new RecordTooLargeException("The message is 1100000 bytes");
        assertThrows(ArticleTooLargeException.class, () -> publisher.publish(article("big", "Big")));
    }

    @Test
    void aBatchStopsSendingOnceTheClusterIsFoundUnreachable() {
        final MockProducer<String, RawArticle> down = new MockProducer<>(true, null, new StringSerializer(),
                Topics.RAW.valueSerde().serializer()) {
            private int sends;

            @Override
            public synchronized java.util.concurrent.Future<org.apache.kafka.clients.producer.RecordMetadata> send(
                    final org.apache.kafka.clients.producer.ProducerRecord<String, RawArticle> record) {
                sends++;
                if (sends > 1) {
                    throw new AssertionError("sent again after the cluster was found unreachable");
                }
                throw new TimeoutException("Topic not present in metadata after 200 ms.");
            }
        };
        final ArticlePublisher batchPublisher = new ArticlePublisher(down,
                new ArticleValidator(1000), Duration.ofMillis(200), Clock.systemUTC(), null);

        final List<PublishOutcome> outcomes = batchPublisher.publishAll(Arrays.asList(
                article("one", "One"), new RawArticle(null, null, " ", null, null, null, null, null, null),
                article("three", "Three"), article("four", "Four")));

        assertEquals(4, outcomes.size());
        assertTrue(outcomes.get(0).failure() instanceof BrokerUnavailableException);
        assertTrue(outcomes.get(1).isInvalid());
        assertTrue(outcomes.get(2).failure() instanceof BrokerUnavailableException);
        assertEquals("three", outcomes.get(2).id());
        assertTrue(outcomes.get(3).failure() instanceof BrokerUnavailableException);
    }

    @Test
    void aBatchKeepsTheOrderOfItsArticles() {
        final List<PublishOutcome> outcomes = publisher.publishAll(List.of(article("a", "A"), article("b", "B"),
                article("c", "C")));
        assertEquals(List.of("a", "b", "c"), outcomes.stream().map(o -> o.receipt().id()).toList());
        assertEquals(List.of(0L, 1L, 2L), outcomes.stream().map(o -> o.receipt().offset()).toList());
    }

    @Test
    void closeClosesTheProducer() {
        publisher.close();
        assertTrue(producer.closed());
    }
}
