package io.newsflow.app.it;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.topic.Topics;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Fills news.articles.current with many enriched articles at once, copies of articles the pipeline tagged,
 * for measuring what readers see with a full store without waiting for the tagger. Each copy names the
 * organization {@code marker}, so a reader of the API can count how many have arrived.
 */
final class ArticleLoad {

    /** Before any article a test posts, so that the copies never push those off the first page. */
    private static final Instant OLDEST = Instant.parse("2001-01-01T00:00:00Z");

    private ArticleLoad() {
    }

    /** Writes {@code count} copies, on the cluster at {@code bootstrapServers}, of {@code templates}, round robin, with ids {@code prefix-N}. */
    static void write(final String bootstrapServers, final List<EnrichedArticle> templates, final int count, final String prefix,
            final String marker) throws Exception {
        final Serializer<String> keys = Topics.CURRENT.keySerde().serializer();
        final Serializer<EnrichedArticle> values = Topics.CURRENT.valueSerde().serializer();
        final Map<String, Object> config = new HashMap<>();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(config, keys, values)) {
            final List<Future<RecordMetadata>> sent = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                final EnrichedArticle copy = copy(templates.get(i % templates.size()), prefix + "-" + i, i, marker);
                sent.add(producer.send(new ProducerRecord<>(Topics.CURRENT.name(), copy.id(), copy)));
            }
            producer.flush();
            for (Future<RecordMetadata> each : sent) {
                each.get(60, TimeUnit.SECONDS);
            }
        }
    }

    private static EnrichedArticle copy(final EnrichedArticle template, final String id, final int n,
            final String marker) {
        final List<Entity> organizations = new ArrayList<>(template.organizations());
        organizations.add(new Entity(marker, List.of()));
        final String at = OLDEST.plus(n, ChronoUnit.MINUTES).toString();
        return new EnrichedArticle(id, null, template.title() + " (" + n + ")", template.body(), template.source(),
                at, template.language(), 1, at, template.people(), organizations, template.locations(),
                template.countries(), template.tracks(), template.primaryTrack(), template.talks(),
                template.enrichment());
    }
}
