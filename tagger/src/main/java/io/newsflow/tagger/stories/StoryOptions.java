package io.newsflow.tagger.stories;

import java.time.Duration;

/**
 * The settings of story assignment: the {@code window} within which an article can join a story (measured
 * from the story's last article, and the state keeps nothing older), the cosine similarity an article needs
 * with a story to join it, the containment of shingles that makes it a near-copy, and the most stories the
 * window holds (beyond it the least recently seen are forgotten first), and whether an article that matches
 * two stories merges them ({@link StoryMerger}), and how often a stream writes the view of a story that
 * changed ({@code viewInterval}: a story that gains ten articles within it gets one new view, not ten).
 */
public record StoryOptions(Duration window, double joinThreshold, double duplicateThreshold, int maxStories,
        boolean merge, Duration viewInterval) {

    /** How often a changed story's view is written by default. */
    public static final Duration DEFAULT_VIEW_INTERVAL = Duration.ofSeconds(1);

    public static final StoryOptions DEFAULT = new StoryOptions(Duration.ofDays(3), 0.45, 0.6, 100_000, true,
            DEFAULT_VIEW_INTERVAL);

    /** The options with views written at the default interval. */
    public StoryOptions(final Duration window, final double joinThreshold, final double duplicateThreshold,
            final int maxStories, final boolean merge) {
        this(window, joinThreshold, duplicateThreshold, maxStories, merge, DEFAULT_VIEW_INTERVAL);
    }

    /** The options with merges of bridged stories. */
    public StoryOptions(final Duration window, final double joinThreshold, final double duplicateThreshold,
            final int maxStories) {
        this(window, joinThreshold, duplicateThreshold, maxStories, true);
    }

    public StoryOptions {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the story window must be positive: " + window);
        }
        if (joinThreshold <= 0 || joinThreshold > 1 || duplicateThreshold <= 0 || duplicateThreshold > 1) {
            throw new IllegalArgumentException("thresholds are in (0, 1]");
        }
        if (maxStories < 1) {
            throw new IllegalArgumentException("maxStories must be at least 1");
        }
        if (viewInterval == null || viewInterval.isNegative() || viewInterval.isZero()) {
            throw new IllegalArgumentException("the view interval must be positive: " + viewInterval);
        }
    }

    public StoryOptions withJoinThreshold(final double value) {
        return new StoryOptions(window, value, duplicateThreshold, maxStories, merge, viewInterval);
    }

    public StoryOptions withDuplicateThreshold(final double value) {
        return new StoryOptions(window, joinThreshold, value, maxStories, merge, viewInterval);
    }

    public StoryOptions withWindow(final Duration value) {
        return new StoryOptions(value, joinThreshold, duplicateThreshold, maxStories, merge, viewInterval);
    }

    public StoryOptions withMerge(final boolean value) {
        return new StoryOptions(window, joinThreshold, duplicateThreshold, maxStories, value, viewInterval);
    }

    public StoryOptions withViewInterval(final Duration value) {
        return new StoryOptions(window, joinThreshold, duplicateThreshold, maxStories, merge, value);
    }
}
