package io.newsflow.app;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Place;
import io.newsflow.common.article.TrackTag;
import io.newsflow.common.topic.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows {@code news.articles.current} (committed records only) from where it ends at start-up and
 * writes one line per article that lands there: its id, people, places and tracks, or that it was
 * retracted.
 */
public final class CurrentArticlePrinter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentArticlePrinter.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, EnrichedArticle> consumer;
    private final Consumer<String> out;
    private final Thread thread;
    private volatile boolean running = true;

    private CurrentArticlePrinter(final KafkaConsumer<String, EnrichedArticle> consumer, final Consumer<String> out) {
        this.consumer = consumer;
        this.out = out;
        this.thread = new Thread(this::run, "current-printer");
        this.thread.setDaemon(true);
    }

    /** Positions at the end of every partition of the topic, then follows it in a thread of its own. */
    public static CurrentArticlePrinter start(final String bootstrapServers, final Properties kafka,
            final Consumer<String> out) {
        final Properties props = new Properties();
        props.putAll(kafka);
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "newsflow-current-printer");
        final KafkaConsumer<String, EnrichedArticle> consumer = new KafkaConsumer<>(props,
                Topics.CURRENT.keySerde().deserializer(), Topics.CURRENT.valueSerde().deserializer());
        try {
            final List<TopicPartition> partitions = consumer.partitionsFor(Topics.CURRENT.name()).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            // Resolve the end offsets now, so that articles ingested right after start-up are printed.
            partitions.forEach(consumer::position);
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
        final CurrentArticlePrinter printer = new CurrentArticlePrinter(consumer, out);
        printer.thread.start();
        return printer;
    }

    private void run() {
        try {
            while (running) {
                consumer.poll(POLL).forEach(record -> out.accept(describe(record.key(), record.value())));
            }
        } catch (WakeupException e) {
            // close() woke the consumer up to stop
        } catch (RuntimeException e) {
            LOG.error("event=printer_failed", e);
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** One line for an article of {@code news.articles.current}; a null article is a retraction. */
    public static String describe(final String id, final EnrichedArticle article) {
        if (article == null) {
            return "retracted id=" + id;
        }
        return String.format(Locale.ROOT, "current id=%s people=%s places=%s tracks=%s", id,
                article.people().stream().map(Entity::name).collect(Collectors.joining(", ", "[", "]")),
                article.locations().stream().map(Place::name).collect(Collectors.joining(", ", "[", "]")),
                article.tracks().stream().map(TrackTag::track).collect(Collectors.joining(", ", "[", "]")));
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        try {
            thread.join(Duration.ofSeconds(3).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
