package io.newsflow.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Enrichment;
import io.newsflow.common.json.Json;
import io.newsflow.common.topic.Topics;
import io.newsflow.sink.SinkConfig;
import io.newsflow.sink.SinkService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;

/** The sink goes on after the broker goes down and comes back on the same port with the same data. */
class BrokerBounceIT {

    @Test
    void sinkCarriesOnAfterABrokerBounce() throws Exception {
        final String app = "newsflow-sink-bounce-it";
        try (SinkService sink = SinkService.start(new SinkConfig(KafkaCluster.bootstrapServers(), app,
                KafkaCluster.stateDir(app), 3, 1, Duration.ofMillis(100), new Properties()));
                KafkaProducer<byte[], byte[]> producer = KafkaCluster.producer()) {
            KafkaCluster.await("the sink to run").until(() -> sink.health().ready());
            final String before = KafkaCluster.uniqueId("bounce-before");
            send(producer, before);
            assertEquals(before, lastOnCurrent(before).id());

            KafkaCluster.broker().restart();

            final String after = KafkaCluster.uniqueId("bounce-after");
            send(producer, after);
            assertEquals(after, lastOnCurrent(after).id());
            KafkaCluster.await("the sink to be ready again").until(() -> sink.health().ready());
        }
    }

    private static void send(final KafkaProducer<byte[], byte[]> producer, final String id) throws Exception {
        final EnrichedArticle article = new EnrichedArticle(id, null, "Title", "Body.", "example", null, "en", 1,
                null, List.of(), List.of(), List.of(), List.of(), List.of(), null, false, new Enrichment(1, null, 0));
        producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), id.getBytes(StandardCharsets.UTF_8),
                Json.writeBytes(article))).get(60, TimeUnit.SECONDS);
    }

    private static EnrichedArticle lastOnCurrent(final String id) {
        try (KafkaConsumer<String, EnrichedArticle> consumer = KafkaCluster.consumerFromStart(Topics.CURRENT.name(),
                Topics.CURRENT.keySerde().deserializer(), Topics.CURRENT.valueSerde().deserializer())) {
            final Predicate<ConsumerRecord<String, EnrichedArticle>> isArticle = r -> id.equals(r.key());
            return KafkaCluster.lastMatching(KafkaCluster.pollUntil(consumer, isArticle), isArticle).value();
        }
    }
}
