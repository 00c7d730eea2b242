package io.newsflow.bench;

import io.newsflow.app.broker.EmbeddedKafkaBroker;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.json.Json;
import io.newsflow.common.topic.Replication;
import io.newsflow.common.topic.Topic;
import io.newsflow.common.topic.TopicAdmin;
import io.newsflow.common.topic.Topics;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.enrich.EnrichService;
import io.newsflow.enrich.EnrichTopology;
import io.newsflow.tagger.Enricher;
import io.newsflow.tagger.Enrichers;
import io.newsflow.tagger.geo.PlaceResolver;
import io.newsflow.tagger.ner.EntityTags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The enrich topology with taggers that find nothing, fed by a producer on a broker of its own: Kafka and
 * JSON alone, the ceiling of the pipeline's rate.
 */
final class PassthroughPhase {

    private final int streamThreads;
    private final boolean stories;

    /** With {@code stories}, the topology includes the story stage, as the pipeline's does. */
    PassthroughPhase(final int streamThreads, final boolean stories) {
        this.streamThreads = streamThreads;
        this.stories = stories;
    }

    /** Articles/s from the first send to the last article on the enriched topic. */
    double measure(final List<RawArticle> articles) throws Exception {
        final double rate = run(articles);
        Report.say("passthrough (enrich topology, no tagging, exactly_once_v2, stories %s): %.1f articles/s",
                stories ? "on" : "off", rate);
        return rate;
    }

    private double run(final List<RawArticle> articles) throws Exception {
        final Path state = Files.createTempDirectory("newsflow-bench-passthrough-");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().port(0).build().start()) {
            final String bootstrap = broker.bootstrapServers();
            createTopics(bootstrap);
            final EnrichConfig all = new EnrichConfig(bootstrap, "newsflow-bench-passthrough", state,
                    TopicAdmin.defaultPartitions(), streamThreads, Duration.ofMillis(100), 1024 * 1024,
                    new Properties());
            final EnrichConfig cfg = stories ? all : all.withoutStories();
            final Enricher untagged = new Enricher((title, body) -> EntityTags.NONE, PlaceResolver.unresolved(),
                    Enrichers.noTracks(), Clock.systemUTC());
            final KafkaStreams streams = new KafkaStreams(EnrichTopology.buildTopology(cfg, untagged),
                    EnrichTopology.streamsConfig(cfg));
            try (KafkaConsumer<String, byte[]> enriched = KafkaClients.consumer(bootstrap, Topics.ENRICHED.name());
                    KafkaProducer<String, byte[]> producer = KafkaClients.producer(bootstrap)) {
                streams.start();
                Await.until("the passthrough stream to run", () -> streams.state() == KafkaStreams.State.RUNNING);
                final long at = System.nanoTime();
                for (RawArticle a : articles) {
                    producer.send(new ProducerRecord<>(Topics.RAW.name(), a.id(), Json.writeBytes(a)));
                }
                producer.flush();
                int seen = 0;
                final long deadline = System.nanoTime() + Await.WAIT.toNanos();
                while (seen < articles.size()) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("passthrough: only " + seen + " articles within "
                                + Await.WAIT);
                    }
                    seen += enriched.poll(Duration.ofMillis(100)).count();
                }
                return articles.size() / ((System.nanoTime() - at) / 1e9);
            } finally {
                streams.close(Duration.ofSeconds(30));
            }
        } finally {
            TempDirs.deleteRecursively(state);
        }
    }

    private static void createTopics(final String bootstrap) {
        final Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        final List<Topic<?, ?>> topics = new ArrayList<>(EnrichService.topics());
        topics.add(Topics.CURRENT);
        try (Admin admin = Admin.create(props)) {
            TopicAdmin.ensureTopics(admin, topics, TopicAdmin.defaultPartitions(), Replication.AUTO.resolve(admin));
        }
    }
}
