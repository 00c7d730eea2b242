package io.newsflow.bench;

import io.newsflow.app.AppOptions;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.enrich.EnrichConfig;
import io.newsflow.sink.SinkConfig;
import java.util.List;

/**
 * The options of {@code bench.jar} and their values for one run. Every value is read before the first
 * phase, so that a wrong option fails the run at once rather than after minutes of measuring.
 *
 * @param articles articles per measured run
 * @param tokens length of a generated article in tokens
 * @param seed seed of the article generator
 * @param rate articles/s of the latency run; 0 or less: half the measured pipeline rate
 * @param concurrency HTTP requests in flight while measuring the pipeline's rate
 * @param seedsDir directory of articles added to the generated ones, or blank for none
 * @param instances enrich instances in the pipeline, each with the default stream threads
 * @param recovery whether to measure a kill and restart of enrich
 * @param storyRounds pipeline runs without stories, and as many more with, after the first (0: none)
 * @param settings every setting, for what is passed on to the pipeline's services
 */
public record BenchConfig(int articles, int tokens, int seed, double rate, int concurrency, String seedsDir,
        int instances, boolean recovery, int storyRounds, Settings settings) {

    static final String ARTICLES = "articles";
    static final String RATE = "rate";
    static final String TOKENS = "tokens";
    static final String SEED = "seed";
    static final String CONCURRENCY = "concurrency";
    static final String INSTANCES = "instances";
    static final String RECOVERY = "recovery";
    static final String STORY_ROUNDS = "story.rounds";

    /** Every option of its own, in the order {@code --help} lists them; the runner adds the log options. */
    public static final List<ConfigOption> OPTIONS = List.of(
            new ConfigOption(ARTICLES, "2000", "articles per measured run"),
            new ConfigOption(RATE, "0", "articles/s of the latency run; 0: half the measured pipeline rate"),
            new ConfigOption(TOKENS, "600", "length of a generated article in tokens"),
            new ConfigOption(SEED, "20201019", "seed of the article generator"),
            new ConfigOption(CONCURRENCY, "32", "HTTP requests in flight while measuring the pipeline's rate"),
            new ConfigOption(AppOptions.SEEDS, "seeds", "directory of articles added to the generated ones"),
            new ConfigOption(INSTANCES, "1", "enrich instances in the pipeline (one consumer group)"),
            new ConfigOption(RECOVERY, "true", "measure recoverS: enrich in a JVM of its own, killed and restarted"),
            new ConfigOption(STORY_ROUNDS, "0", "after the pipeline, measure it N times without stories and N more"
                    + " with, alternating, each on a fresh broker in this JVM: storiesRatio, the median with over"
                    + " the median without these rounds (needs stories on)"),
            serviceOption(EnrichConfig.OPTIONS, EnrichConfig.COMMIT_INTERVAL),
            serviceOption(EnrichConfig.OPTIONS, EnrichConfig.STORIES_ENABLED),
            serviceOption(SinkConfig.OPTIONS, SinkConfig.COMMIT_INTERVAL));

    public static BenchConfig from(final Settings settings) {
        return new BenchConfig(settings.getInt(ARTICLES, 10, 10_000_000), settings.getInt(TOKENS, 20, 100_000),
                settings.getInt(SEED, 0, Integer.MAX_VALUE), rate(settings),
                settings.getInt(CONCURRENCY, 1, 10_000), settings.get(AppOptions.SEEDS),
                settings.getInt(INSTANCES, 1, 16), settings.getBoolean(RECOVERY), storyRounds(settings), settings);
    }

    private static int storyRounds(final Settings settings) {
        final int rounds = settings.getInt(STORY_ROUNDS, 0, 10);
        if (rounds > 0 && !settings.getBoolean(EnrichConfig.STORIES_ENABLED)) {
            throw new ConfigException(STORY_ROUNDS + " compares the pipeline with and without stories; it cannot"
                    + " be used with stories off");
        }
        return rounds;
    }

    private static double rate(final Settings settings) {
        final String v = settings.require(RATE);
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new ConfigException(RATE + " must be a number of articles/s, was '" + v + "'", e);
        }
    }

    /** A service's own option, default and help included, for the bench to pass on to the pipeline. */
    private static ConfigOption serviceOption(final List<ConfigOption> options, final String key) {
        return options.stream().filter(o -> o.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no option " + key));
    }
}
