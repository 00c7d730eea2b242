package io.newsflow.ingest;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.common.article.ArticleIds;
import io.newsflow.common.article.ArticleProblem;
import io.newsflow.common.article.ArticleValidator;
import io.newsflow.common.article.InvalidArticleException;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.ops.Metrics;
import io.newsflow.common.topic.Topics;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Validates articles, gives them their id, revision and ingestion time, and publishes them to
 * {@code news.articles.raw} keyed by id. A call returns only once the broker acknowledged the record
 * (acks=all, idempotent producer), or throws after at most the send timeout.
 */
public final class ArticlePublisher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(3);

    private final Producer<String, RawArticle> producer;
    private final ArticleValidator validator;
    private final Duration sendTimeout;
    private final Clock clock;
    private final Counter ingested;
    private final Timer publishDuration;
    private final String topic = Topics.RAW.name();

    /**
     * A publisher that counts each acknowledged article on {@link Metrics#ingested()} of {@code metrics}
     * and times it, from the send to the acknowledgement, on {@value Metrics#INGEST_PUBLISH_DURATION};
     * {@code metrics} null: on meters of its own, exposed nowhere (tools and tests).
     */
    public ArticlePublisher(final Producer<String, RawArticle> producer, final ArticleValidator validator,
            final Duration sendTimeout, final Clock clock, final Metrics metrics) {
        this.producer = producer;
        this.validator = validator;
        this.sendTimeout = sendTimeout;
        this.clock = clock;
        if (metrics == null) {
            final SimpleMeterRegistry unregistered = new SimpleMeterRegistry();
            this.ingested = unregistered.counter(Metrics.ARTICLES_INGESTED);
            this.publishDuration = unregistered.timer(Metrics.INGEST_PUBLISH_DURATION);
        } else {
            this.ingested = metrics.ingested();
            this.publishDuration = publishTimer(metrics);
        }
    }

    /**
     * A publisher with a real {@link KafkaProducer} configured from {@code cfg}, its client metrics and
     * the ingest meters in {@code metrics} (null: its meters are not exposed).
     */
    public static ArticlePublisher create(final IngestConfig cfg, final Metrics metrics) {
        final KafkaProducer<String, RawArticle> producer = IngestProducer.create(cfg);
        if (metrics != null) {
            metrics.bind(producer);
        }
        return new ArticlePublisher(producer, new ArticleValidator(cfg.maxBodyBytes()), cfg.sendTimeout(),
                Clock.systemUTC(), metrics);
    }

    /** The timer of {@value Metrics#INGEST_PUBLISH_DURATION} in {@code metrics}. */
    public static Timer publishTimer(final Metrics metrics) {
        return metrics.timer(Metrics.INGEST_PUBLISH_DURATION, "Time from sending an article to its acknowledgement");
    }

    /**
     * Publishes one article and waits for the acknowledgement.
     *
     * @throws InvalidArticleException when the article breaks a rule; nothing is published
     * @throws PublishException         when Kafka did not acknowledge it
     */
    public PublishReceipt publish(final RawArticle article) {
        final RawArticle stamped = prepare(article);
        final long sentAt = System.nanoTime();
        final long deadline = sentAt + sendTimeout.toNanos();
        final PublishReceipt receipt = await(stamped.id(), send(stamped.id(), stamped), deadline);
        acknowledged(sentAt);
        return receipt;
    }

    /**
     * Publishes a batch: every valid article is sent at once, then all acknowledgements are awaited
     * within one send timeout. The outcomes are in the order of the articles; a null article is invalid.
     */
    public List<PublishOutcome> publishAll(final List<RawArticle> articles) {
        final long sentAt = System.nanoTime();
        final long deadline = sentAt + sendTimeout.toNanos();
        final List<Object> pending = new ArrayList<>(articles.size());
        BrokerUnavailableException down = null;
        for (RawArticle article : articles) {
            final RawArticle stamped;
            try {
                stamped = prepare(article);
            } catch (InvalidArticleException e) {
                final String id = article != null && ArticleIds.isValid(article.id()) ? article.id() : null;
                pending.add(PublishOutcome.invalid(id, e.problems()));
                continue;
            }
            if (down != null) {
                // One send that already found the cluster gone is enough: the others would each block again.
                pending.add(PublishOutcome.failed(stamped.id(),
                        new BrokerUnavailableException(stamped.id(), down.getMessage(), down)));
                continue;
            }
            try {
                final Future<RecordMetadata> future = send(stamped.id(), stamped);
                if (future.isDone() || System.nanoTime() - deadline >= 0) {
                    final PublishOutcome outcome = outcomeOf(stamped.id(), future, deadline, sentAt);
                    if (outcome.failure() instanceof BrokerUnavailableException unavailable) {
                        down = unavailable;
                    }
                    pending.add(outcome);
                } else {
                    pending.add(new Sent(stamped.id(), future));
                }
            } catch (PublishException e) {
                if (e instanceof BrokerUnavailableException unavailable) {
                    down = unavailable;
                }
                pending.add(PublishOutcome.failed(stamped.id(), e));
            }
        }
        final List<PublishOutcome> outcomes = new ArrayList<>(pending.size());
        for (Object p : pending) {
            outcomes.add(p instanceof Sent sent ? outcomeOf(sent.id(), sent.future(), deadline, sentAt)
                    : (PublishOutcome) p);
        }
        return outcomes;
    }

    /**
     * Publishes a tombstone for {@code id}: consumers drop the article.
     *
     * @throws InvalidArticleException when {@code id} is not a valid article id
     * @throws PublishException         when Kafka did not acknowledge it
     */
    public PublishReceipt retract(final String id) {
        if (!ArticleIds.isValid(id)) {
            throw new InvalidArticleException(List.of(new ArticleProblem("id", "id must be " + ArticleIds.RULE)));
        }
        final long deadline = System.nanoTime() + sendTimeout.toNanos();
        final PublishReceipt receipt = await(id, send(id, null), deadline);
        LOG.debug("event=article_retracted id={} partition={} offset={}", id, receipt.partition(), receipt.offset());
        return receipt;
    }

    public Duration sendTimeout() {
        return sendTimeout;
    }

    /** Waits up to a few seconds for records in flight, then closes the producer. */
    @Override
    public void close() {
        producer.close(CLOSE_TIMEOUT);
    }

    /** Validates the article and stamps id, revision and ingestion time on it. */
    RawArticle prepare(final RawArticle article) {
        final List<ArticleProblem> problems = new ArrayList<>(validator.problems(article));
        if (article != null && article.revision() != null && article.revision() < 0) {
            problems.add(new ArticleProblem("revision", "revision must be zero or positive"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidArticleException(problems);
        }
        // Milliseconds, so that ingestedAt says the same instant as a revision stamped from it.
        final Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        final long revision = article.revision() != null ? article.revision() : now.toEpochMilli();
        return article.withId(ArticleIds.idOf(article)).withRevision(revision, now.toString());
    }

    private Future<RecordMetadata> send(final String id, final RawArticle value) {
        try {
            return producer.send(new ProducerRecord<>(topic, id, value));
        } catch (RuntimeException e) {
            throw translate(id, e);
        }
    }

    private PublishReceipt await(final String id, final Future<RecordMetadata> future, final long deadline) {
        final RecordMetadata metadata;
        try {
            metadata = future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw translate(id, e.getCause() == null ? e : e.getCause());
        } catch (TimeoutException e) {
            throw new BrokerUnavailableException(id, "Kafka did not acknowledge the article within "
                    + sendTimeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailableException(id, "interrupted while waiting for Kafka", e);
        }
        final PublishReceipt receipt = new PublishReceipt(id, metadata.topic(), metadata.partition(), metadata.offset());
        LOG.debug("event=record_acknowledged id={} partition={} offset={}", id, receipt.partition(), receipt.offset());
        return receipt;
    }

    private PublishOutcome outcomeOf(final String id, final Future<RecordMetadata> future, final long deadline,
            final long sentAt) {
        try {
            final PublishOutcome accepted = PublishOutcome.accepted(await(id, future, deadline));
            acknowledged(sentAt);
            return accepted;
        } catch (PublishException e) {
            return PublishOutcome.failed(id, e);
        }
    }

    /** Counts an article the broker acknowledged; a retraction is not an article and is not counted. */
    private void acknowledged(final long sentAtNanos) {
        ingested.increment();
        publishDuration.record(System.nanoTime() - sentAtNanos, TimeUnit.NANOSECONDS);
    }

    private PublishException translate(final String id, final Throwable e) {
        if (e instanceof RecordTooLargeException) {
            return new ArticleTooLargeException(id, "article is too large for one Kafka record: " + e.getMessage(), e);
        }
        if (e instanceof InterruptException) {
            Thread.currentThread().interrupt();
        }
        if (e instanceof org.apache.kafka.common.errors.TimeoutException) {
            return new BrokerUnavailableException(id, "Kafka did not acknowledge the article within "
                    + sendTimeout.toMillis() + " ms: " + e.getMessage(), e);
        }
        return new BrokerUnavailableException(id, "Kafka refused the article: " + e.getClass().getSimpleName()
                + ": " + e.getMessage(), e);
    }

    private record Sent(String id, Future<RecordMetadata> future) {
    }
}
