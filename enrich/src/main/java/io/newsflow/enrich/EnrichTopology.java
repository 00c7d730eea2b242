package io.newsflow.enrich;

import io.newsflow.common.article.ArticleIds;
import io.newsflow.common.article.ArticleValidator;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.article.TrackTag;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.deadletter.DeadLetterHandler;
import io.newsflow.common.log.Logfmt;
import io.newsflow.common.service.StreamsSettings;
import io.newsflow.common.topic.Topics;
import io.newsflow.enrich.stories.StoryStage;
import io.newsflow.tagger.Enricher;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich stream: {@code news.articles.raw} -> validate -> {@link Enricher} ->
 * {@code news.articles.enriched}, and each article also to the {@code news.tracks.<track>} topic of
 * every talk-track it carries. Unless {@code enrich.stories.enabled} is false, the articles pass through the
 * {@link StoryStage} on their way to {@code news.articles.enriched}, which gives each its story and writes
 * {@code news.stories.current}.
 *
 * <ul>
 * <li>The key is the article id. A record without a key takes the id in its value when that id is
 *     valid; a key that is not a valid article id is rejected.</li>
 * <li>A null value is a retraction: it passes as a tombstone to {@code news.articles.enriched} and to
 *     every track topic, since a consumer of a track must see the retraction too.</li>
 * <li>A record that cannot be read, is not a valid article, or fails while tagging goes to
 *     {@code news.articles.dlq}; see {@link DeadLetterHandler} for its headers. The stream goes on.</li>
 * </ul>
 */
public final class EnrichTopology {

    static final String SOURCE = "raw-articles";
    static final String ENRICH = "enrich";
    /** Articles a stream thread takes per poll: some 20 × 10 ms of tagging before it polls again. */
    static final int MAX_POLL_RECORDS = 20;
    /** Bytes fetched per partition and request: a few dozen raw articles, so partitions interleave finely. */
    static final int MAX_PARTITION_FETCH_BYTES = 128 * 1024;

    private EnrichTopology() {
    }

    /** The topology alone, without any connection to Kafka; its meters are exposed nowhere. */
    public static Topology buildTopology(final EnrichConfig cfg, final Enricher enricher) {
        return buildTopology(cfg, enricher, EnrichMeters.unregistered());
    }

    /** The topology, counting and timing each enriched article on {@code meters}. */
    public static Topology buildTopology(final EnrichConfig cfg, final Enricher enricher, final EnrichMeters meters) {
        Objects.requireNonNull(cfg, "cfg");
        Objects.requireNonNull(enricher, "enricher");
        Objects.requireNonNull(meters, "meters");
        final ArticleValidator validator = new ArticleValidator(cfg.maxBodyBytes());
        final Enricher budgeted = enricher.withBudget(cfg.tagBudget());
        // Built from the production settings so the topology sees the same configuration as the stream.
        final StreamsBuilder builder = new StreamsBuilder(new TopologyConfig(new StreamsConfig(streamsConfig(cfg))));
        final KStream<String, EnrichedJson> enriched = builder
                .stream(Topics.RAW.name(), Consumed.with(Topics.RAW.keySerde(), Serdes.ByteArray()).withName(SOURCE))
                .process(() -> new EnrichProcessor(budgeted, validator, meters), Named.as(ENRICH))
                .mapValues(EnrichedJson::of, Named.as("as-json"));
        final KStream<String, byte[]> json = enriched.mapValues(EnrichedJson::jsonOf, Named.as("json"));
        // The track topics take the articles as tagged; news.articles.enriched takes them with their story.
        final KStream<String, byte[]> published = cfg.storiesEnabled() ? StoryStage.addTo(builder, json, cfg.stories())
                : json;
        published.to(Topics.ENRICHED.name(), produced("to-enriched"));
        for (String track : TrackTag.ALL) {
            enriched.filter((id, tagged) -> tagged == null || carries(tagged.article(), track), Named.as("is-" + track))
                    .mapValues(EnrichedJson::jsonOf, Named.as("json-" + track))
                    .to(Topics.trackTopic(track).name(), produced("to-" + track));
        }
        return builder.build();
    }

    /**
     * The Kafka Streams settings: exactly-once (v2), the dead-letter topic and its handlers, then the
     * passthrough settings, which override everything before them.
     *
     * @throws ConfigException when a passthrough setting is not a valid Kafka Streams setting
     */
    public static Properties streamsConfig(final EnrichConfig cfg) {
        return streamsConfig(cfg, null);
    }

    /**
     * The Kafka Streams settings, with {@code meters}' dead-letter counter handed to the
     * {@link DeadLetterHandler} (null: dead letters are not counted).
     *
     * @throws ConfigException when a passthrough setting is not a valid Kafka Streams setting
     */
    public static Properties streamsConfig(final EnrichConfig cfg, final EnrichMeters meters) {
        final Properties props = cfg.streams().properties();
        props.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class.getName());
        props.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class.getName());
        props.putAll(DeadLetterHandler.streamsSettings(meters == null ? null : meters.deadLetters()));
        // An enriched article is its raw article plus entity lists: let the producer send more than the
        // raw limit, compressed; the broker still has the last word, and a refusal is a dead letter.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG),
                (int) Math.min(Integer.MAX_VALUE, 4L * cfg.maxBodyBytes() + 1024 * 1024));
        // A transaction stays open while the records of one processing loop are tagged. Each article
        // stops at its tagging budget, so the timeout is a few budgets (EnrichConfig.transactionTimeout):
        // past it the broker would abort the transaction and the records would be tried again forever.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG),
                (int) cfg.transactionTimeout().toMillis());
        // A stream thread processes everything one poll returned before it polls again, and Kafka's 1,000
        // records are minutes of tagging: meanwhile the story task on the same thread got no new input, and
        // did the whole backlog's story work at the end. Small polls and fetches keep it fed as it goes.
        props.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), MAX_POLL_RECORDS);
        props.put(StreamsConfig.mainConsumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG),
                MAX_PARTITION_FETCH_BYTES);
        props.putAll(cfg.kafka());
        return StreamsSettings.checked(props);
    }

    static boolean carries(final EnrichedArticle article, final String track) {
        return article.tracks().stream().anyMatch(t -> track.equals(t.track()));
    }

    /** The articles as JSON, written once ({@link EnrichedJson}) for every topic that takes them. */
    private static Produced<String, byte[]> produced(final String name) {
        return Produced.with(Topics.ENRICHED.keySerde(), Serdes.ByteArray()).withName(name);
    }

    /**
     * Reads, validates and enriches one raw article; every failure is thrown for {@link DeadLetterHandler}.
     * The value is read here rather than by the source's serde so that bad bytes take the same path to
     * the dead-letter topic as every other failure.
     */
    static final class EnrichProcessor implements Processor<String, byte[], String, EnrichedArticle> {

        private static final Deserializer<RawArticle> READER = Topics.RAW.valueSerde().deserializer();

        private static final Logger LOG = LoggerFactory.getLogger(EnrichProcessor.class);

        private final Enricher enricher;
        private final ArticleValidator validator;
        private final EnrichMeters meters;
        private ProcessorContext<String, EnrichedArticle> context;

        EnrichProcessor(final Enricher enricher, final ArticleValidator validator, final EnrichMeters meters) {
            this.enricher = enricher;
            this.validator = validator;
            this.meters = meters;
        }

        @Override
        public void init(final ProcessorContext<String, EnrichedArticle> context) {
            this.context = context;
        }

        @Override
        public void process(final Record<String, byte[]> record) {
            final long start = System.nanoTime();
            final String key = record.key();
            if (key != null && !ArticleIds.isValid(key)) {
                throw new RejectedRecordException("key is not an article id (" + ArticleIds.RULE + ")");
            }
            if (record.value() == null) {
                if (key == null) {
                    throw new RejectedRecordException("retraction without a key: there is no article to retract");
                }
                LOG.debug("event=retraction id={}", key);
                context.forward(record.withValue((EnrichedArticle) null));
                return;
            }
            final RawArticle raw = READER.deserialize(Topics.RAW.name(), record.value());
            validator.requireValid(raw);
            final String id;
            if (key != null) {
                id = key;
            } else if (raw.id() != null) {
                id = raw.id();
            } else {
                throw new RejectedRecordException("record has no key and its value has no id");
            }
            final EnrichedArticle enriched = enricher.enrich(id, raw, record.timestamp());
            final long tookNanos = System.nanoTime() - start;
            meters.enriched().increment();
            meters.duration().record(tookNanos, TimeUnit.NANOSECONDS);
            if (enriched.enrichment() != null && enriched.enrichment().skipped() != null) {
                meters.skippedForLanguage().increment();
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("{}", Logfmt.event("enriched").add("id", id).add("people", enriched.people().size())
                        .add("organizations", enriched.organizations().size())
                        .add("places", enriched.locations().size()).add("tracks", trackNames(enriched))
                        .add("tookMs", tookNanos / 1e6, 1));
            }
            context.forward(record.withKey(id).withValue(enriched));
        }

        /** {@code military,political}, or {@code none}. */
        private static String trackNames(final EnrichedArticle article) {
            return article.tracks().isEmpty() ? "none"
                    : article.tracks().stream().map(TrackTag::track).collect(Collectors.joining(","));
        }
    }
}
