package io.newsflow.enrich;

import io.newsflow.common.article.ArticleValidator;
import io.newsflow.common.config.ConfigChecks;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.common.service.StreamsSettings;
import io.newsflow.tagger.geo.GeoOptions;
import io.newsflow.tagger.limits.TaggingLimits;
import io.newsflow.tagger.stories.StoryOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The settings of the enrich service: those of every Streams service ({@link StreamsSettings}), then its own.
 *
 * @param maxBodyBytes     largest article body (UTF-8 bytes) that is enriched; larger ones go to the DLQ
 * @param tagBudget        time one article may take to tag; past it the article goes to the DLQ. The
 *                         stream's transaction timeout is derived from it ({@link #transactionTimeout()})
 * @param places           what is offered as a place: demonyms, names inside organizations' names, names
 *                         the gazetteer lacks put at the article's focus
 * @param stories          story assignment ({@code enrich.stories.*}); null when it is switched off, and then
 *                         articles carry no story and {@code news.stories.current} is not written
 * @param kafka            Kafka client settings passed through as they are ({@code kafka.} prefix removed)
 */
public record EnrichConfig(
        String bootstrapServers,
        String applicationId,
        Path stateDir,
        int partitions,
        int streamThreads,
        Duration commitInterval,
        int maxBodyBytes,
        Duration tagBudget,
        GeoOptions places,
        StoryOptions stories,
        Properties kafka) {

    static final String SERVICE = "enrich";
    public static final String BOOTSTRAP_SERVERS = StreamsSettings.BOOTSTRAP_SERVERS;
    public static final String APPLICATION_ID = "enrich.application.id";
    public static final String STATE_DIR = "enrich.state.dir";
    public static final String PARTITIONS = StreamsSettings.PARTITIONS;
    public static final String STREAM_THREADS = "enrich.stream.threads";
    public static final String COMMIT_INTERVAL = "enrich.commit.interval";
    public static final String MAX_BODY_BYTES = "max.body.bytes";
    public static final String TAG_BUDGET = "enrich.tag.budget";
    public static final String PLACES_DEMONYMS = "enrich.places.demonyms";
    public static final String PLACES_IN_ORGANIZATIONS = "enrich.places.in.organizations";
    public static final String PLACES_AT_FOCUS = "enrich.places.at.focus";
    public static final String STORIES_ENABLED = "enrich.stories.enabled";
    public static final String STORIES_WINDOW = "enrich.stories.window";
    public static final String STORIES_JOIN_THRESHOLD = "enrich.stories.join.threshold";
    public static final String STORIES_DUPLICATE_THRESHOLD = "enrich.stories.duplicate.threshold";
    public static final String STORIES_MAX = "enrich.stories.max";
    public static final String STORIES_MERGE = "enrich.stories.merge";
    public static final String STORIES_VIEW_INTERVAL = "enrich.stories.view.interval";

    /** The story window is at least a minute and at most this long: its state grows with it. */
    public static final Duration MAX_STORIES_WINDOW = Duration.ofDays(30);
    /** The most stories a window may hold: each costs a few KB of store and, while read, of heap. */
    public static final int MAX_STORIES_LIMIT = 1_000_000;

    public static final int MAX_BODY_BYTES_LIMIT = 64 * 1024 * 1024;
    /**
     * The default budget: the costliest body at the 1 MiB limit tags in under 10 s on one core (see
     * {@code enrich.jar worst-case}); a normal article takes milliseconds.
     */
    public static final Duration DEFAULT_TAG_BUDGET = TaggingLimits.DEFAULT_BUDGET;
    /**
     * How many budgets one transaction may hold: Streams tags the records of one processing loop in one
     * transaction, and a loop may meet several costly articles in a row.
     */
    public static final int BUDGETS_PER_TRANSACTION = 6;

    public static final List<ConfigOption> OPTIONS = Stream.concat(
            StreamsSettings.options(SERVICE, "127.0.0.1:9092", true).stream(), Stream.of(
            new ConfigOption(MAX_BODY_BYTES, String.valueOf(ArticleValidator.DEFAULT_MAX_BODY_BYTES),
                    "largest article body in UTF-8 bytes; larger articles go to the dead-letter topic"),
            new ConfigOption(TAG_BUDGET, DEFAULT_TAG_BUDGET.toSeconds() + "s",
                    "time one article may take to tag, then it goes to the dead-letter topic; the transaction"
                            + " timeout is " + BUDGETS_PER_TRANSACTION + " times this").formerly("tag.budget"),
            new ConfigOption(PLACES_DEMONYMS, String.valueOf(GeoOptions.DEFAULT.demonyms()),
                    "offer demonyms (\"Russian\") and \"EU\" as place mentions of their country or the Union")
                    .formerly("places.demonyms"),
            new ConfigOption(PLACES_IN_ORGANIZATIONS, String.valueOf(GeoOptions.DEFAULT.namesInOrganizations()),
                    "offer a country, state or county named inside an organization's name as a place")
                    .formerly("places.in.organizations"),
            new ConfigOption(PLACES_AT_FOCUS, String.valueOf(GeoOptions.DEFAULT.placeAtFocus()),
                    "put a place name the gazetteer lacks at the article's most mentioned town or county")
                    .formerly("places.at.focus"),
            new ConfigOption(STORIES_ENABLED, "true",
                    "give each article its story and write news.stories.current; false: articles carry no story"),
            new ConfigOption(STORIES_WINDOW, StoryOptions.DEFAULT.window().toDays() + "d",
                    "how long after a story's last article another can join it; the story state holds this window"),
            new ConfigOption(STORIES_JOIN_THRESHOLD, String.valueOf(StoryOptions.DEFAULT.joinThreshold()),
                    "cosine similarity (0-1] an article needs with a story to join it"),
            new ConfigOption(STORIES_DUPLICATE_THRESHOLD, String.valueOf(StoryOptions.DEFAULT.duplicateThreshold()),
                    "share (0-1] of the shorter text's word shingles that makes an article a copy of another"),
            new ConfigOption(STORIES_MAX, String.valueOf(StoryOptions.DEFAULT.maxStories()),
                    "most stories the window holds; beyond it the least recently seen are forgotten first"),
            new ConfigOption(STORIES_MERGE, String.valueOf(StoryOptions.DEFAULT.merge()),
                    "merge two stories when an article matches both (the younger, if at most 50 articles,"
                            + " into the older)"),
            new ConfigOption(STORIES_VIEW_INTERVAL, StoryOptions.DEFAULT_VIEW_INTERVAL.toMillis() + "ms",
                    "how often a changed story's view is written to news.stories.current (10ms to 1m)")))
            .toList();

    public EnrichConfig {
        bootstrapServers = new StreamsSettings(SERVICE, bootstrapServers, applicationId, stateDir, partitions,
                streamThreads, commitInterval).bootstrapServers();
        ConfigChecks.requireRange(MAX_BODY_BYTES, maxBodyBytes, 1, MAX_BODY_BYTES_LIMIT);
        if (tagBudget == null || tagBudget.compareTo(Duration.ofSeconds(1)) < 0
                || tagBudget.compareTo(Duration.ofMinutes(2)) > 0) {
            throw new ConfigException(TAG_BUDGET + " must be at least 1s and at most 2m (the transaction timeout is "
                    + BUDGETS_PER_TRANSACTION + " times it, and the broker allows at most 15m), was " + tagBudget);
        }
        if (places == null) {
            throw new ConfigException("places options are required");
        }
        if (stories != null && (stories.window().compareTo(Duration.ofMinutes(1)) < 0
                || stories.window().compareTo(MAX_STORIES_WINDOW) > 0)) {
            throw new ConfigException(STORIES_WINDOW + " must be at least 1m and at most " + MAX_STORIES_WINDOW.toDays()
                    + "d, was " + stories.window());
        }
        if (stories != null && stories.maxStories() > MAX_STORIES_LIMIT) {
            throw new ConfigException(STORIES_MAX + " must be at most " + MAX_STORIES_LIMIT + ", was "
                    + stories.maxStories());
        }
        kafka = ConfigChecks.copyOf(kafka);
    }

    /** The settings of earlier releases, with the default tagging budget and place options. */
    public EnrichConfig(final String bootstrapServers, final String applicationId, final Path stateDir,
            final int partitions, final int streamThreads, final Duration commitInterval, final int maxBodyBytes,
            final Properties kafka) {
        this(bootstrapServers, applicationId, stateDir, partitions, streamThreads, commitInterval, maxBodyBytes,
                DEFAULT_TAG_BUDGET, GeoOptions.DEFAULT, StoryOptions.DEFAULT, kafka);
    }

    /** The settings of the release before stories, which then take their defaults. */
    public EnrichConfig(final String bootstrapServers, final String applicationId, final Path stateDir,
            final int partitions, final int streamThreads, final Duration commitInterval, final int maxBodyBytes,
            final Duration tagBudget, final GeoOptions places, final Properties kafka) {
        this(bootstrapServers, applicationId, stateDir, partitions, streamThreads, commitInterval, maxBodyBytes,
                tagBudget, places, StoryOptions.DEFAULT, kafka);
    }

    /** Whether articles are given their story (and {@code news.stories.current} is written). */
    public boolean storiesEnabled() {
        return stories != null;
    }

    /** The same settings with story assignment switched off. */
    public EnrichConfig withoutStories() {
        return new EnrichConfig(bootstrapServers, applicationId, stateDir, partitions, streamThreads, commitInterval,
                maxBodyBytes, tagBudget, places, null, kafka);
    }

    /**
     * How long one transaction may stay open: {@value #BUDGETS_PER_TRANSACTION} tagging budgets, so that
     * a processing loop that meets several costly articles still commits before the broker aborts it.
     */
    public Duration transactionTimeout() {
        return tagBudget.multipliedBy(BUDGETS_PER_TRANSACTION);
    }

    /**
     * Reads the settings; a setting that is missing takes its default from {@link #OPTIONS}, so a
     * launcher may pass settings resolved against its own options.
     *
     * @throws ConfigException naming the first setting that cannot be used
     */
    public static EnrichConfig from(final Settings settings) {
        Objects.requireNonNull(settings, "settings");
        final Map<String, String> values = new HashMap<>();
        OPTIONS.forEach(o -> values.put(o.key(), o.defaultValue()));
        settings.asMap().forEach((k, v) -> {
            if (v != null) {
                values.put(k, v);
            }
        });
        final Settings s = Settings.of(values);
        final StreamsSettings streams = StreamsSettings.from(SERVICE, s);
        return new EnrichConfig(
                streams.bootstrapServers(),
                streams.applicationId(),
                streams.stateDir(),
                streams.partitions(),
                streams.streamThreads(),
                streams.commitInterval(),
                s.getInt(MAX_BODY_BYTES, 1, MAX_BODY_BYTES_LIMIT),
                s.getDuration(TAG_BUDGET),
                new GeoOptions(s.getBoolean(PLACES_IN_ORGANIZATIONS), s.getBoolean(PLACES_DEMONYMS),
                        s.getBoolean(PLACES_AT_FOCUS)),
                s.getBoolean(STORIES_ENABLED) ? stories(s) : null,
                settings.kafkaPassthrough());
    }

    /** The story options as set; the thresholds are numbers in (0, 1]. */
    private static StoryOptions stories(final Settings s) {
        final double join = fraction(s, STORIES_JOIN_THRESHOLD);
        final double duplicate = fraction(s, STORIES_DUPLICATE_THRESHOLD);
        final Duration views = s.getDuration(STORIES_VIEW_INTERVAL);
        if (views.compareTo(Duration.ofMillis(10)) < 0 || views.compareTo(Duration.ofMinutes(1)) > 0) {
            throw new ConfigException(STORIES_VIEW_INTERVAL + " must be at least 10ms and at most 1m, was '"
                    + s.get(STORIES_VIEW_INTERVAL) + "'");
        }
        try {
            return new StoryOptions(s.getDuration(STORIES_WINDOW), join, duplicate,
                    s.getInt(STORIES_MAX, 1, MAX_STORIES_LIMIT), s.getBoolean(STORIES_MERGE),
                    views);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("enrich.stories: " + e.getMessage(), e);
        }
    }

    private static double fraction(final Settings s, final String key) {
        final String v = s.require(key).trim();
        final double value;
        try {
            value = Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a number in (0, 1], was '" + v + "'", e);
        }
        if (!(value > 0 && value <= 1)) {
            throw new ConfigException(key + " must be a number in (0, 1], was '" + v + "'");
        }
        return value;
    }

    /** The settings every Streams service has. */
    public StreamsSettings streams() {
        return new StreamsSettings(SERVICE, bootstrapServers, applicationId, stateDir, partitions, streamThreads,
                commitInterval);
    }

    /** A copy of the passthrough settings: the record never hands out its own mutable Properties. */
    @Override
    public Properties kafka() {
        return ConfigChecks.copyOf(kafka);
    }

    /** The settings for a log line, without the passthrough values (they may hold secrets). */
    @Override
    public String toString() {
        return BOOTSTRAP_SERVERS + "=" + bootstrapServers + " " + APPLICATION_ID + "=" + applicationId + " "
                + STATE_DIR + "=" + stateDir + " " + PARTITIONS + "=" + partitions + " " + STREAM_THREADS + "="
                + streamThreads + " " + COMMIT_INTERVAL + "=" + commitInterval + " " + MAX_BODY_BYTES + "="
                + maxBodyBytes + " " + TAG_BUDGET + "=" + tagBudget + " places=" + places + " stories=" + stories
                + " kafka="
                + kafka.stringPropertyNames();
    }
}
