package io.newsflow.tagger.stories;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Story;
import io.newsflow.common.article.StoryView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Assigns each article, in arrival order, its story: the story of the earlier article it is a near-copy of
 * ({@link DuplicateFinder}), else the most similar story of the window ({@link StoryMatcher}), else a new
 * story whose id is the article's own. All it knows is in a {@link StoryState}, the window's stories and
 * articles; stories last seen longer than the window before an arriving article are evicted with their
 * articles, at most {@value #EVICT_PER_ARTICLE} per article so that no one article pays for a backlog, and
 * beyond {@code maxStories} the least recently seen go first.
 *
 * <p>Per story the state holds a centroid of {@value #CENTROID_FEATURES} features, up to
 * {@value #MAX_ARTICLES_KEPT} article ids with their fingerprints (64 ints each) and
 * {@value #MAX_INDEXED} postings; an article beyond that still joins its story but is not kept.
 */
public final class StoryIndex {

    static final int CENTROID_FEATURES = 64;
    static final int MAX_ARTICLES_KEPT = 500;
    static final int MAX_INDEXED = 128;
    static final int MAX_COUNTRIES = 32;
    static final int EVICT_PER_ARTICLE = 64;

    private static final Logger LOG = LoggerFactory.getLogger(StoryIndex.class);

    private final StoryState state;
    private final StoryOptions options;
    private final long windowMillis;
    private final WordRarity rarity;
    private final DuplicateFinder duplicates;
    private final StoryMatcher matcher;
    private final StoryMerger merger;

    public StoryIndex(final StoryState state, final StoryOptions options) {
        this.state = state;
        this.options = options;
        this.windowMillis = options.window().toMillis();
        this.rarity = new WordRarity(state);
        this.duplicates = new DuplicateFinder(state);
        this.matcher = new StoryMatcher(state);
        this.merger = new StoryMerger(state, matcher);
    }

    /** An index over a fresh in-memory state. */
    public static StoryIndex inMemory(final StoryOptions options) {
        return new StoryIndex(new InMemoryStoryState(), options);
    }

    public StoryState state() {
        return state;
    }

    /** The article's story; an article seen before (a new revision) keeps the story it was given. */
    public Story assign(final EnrichedArticle article) {
        return place(article).story();
    }

    /**
     * The article's story, and the merge it caused when it bridged two stories of the window (see
     * {@link StoryMerger}; only when {@link StoryOptions#merge()}).
     */
    public StoryAssignment place(final EnrichedArticle article) {
        final ArticleRecord known = state.article(article.id());
        if (known != null) {
            return StoryAssignment.of(new Story(known.storyId(), known.duplicateOf(), known.similarity()));
        }
        final long time = ArticleTime.of(article);
        evict(time);
        // The body is split into words once, for the fingerprint (all of its first 5,000) and the features.
        final boolean noBody = article.body() == null || article.body().isBlank();
        final List<String> bodyWords = noBody ? List.of() : Words.of(article.body(), Fingerprint.MAX_WORDS);
        final Fingerprint fingerprint = Fingerprint.of(noBody ? Words.of(article.title(), Fingerprint.MAX_WORDS)
                : bodyWords);
        final ArticleFeatures features = ArticleFeatures.of(article, rarity, bodyWords);
        final DuplicateFinder.Match copy = duplicates.find(fingerprint, time, windowMillis, options.duplicateThreshold());
        StoryRecord story = null;
        String duplicateOf = null;
        Double similarity = null;
        if (copy != null) {
            story = state.story(copy.original().storyId());
            duplicateOf = copy.original().duplicateOf() != null ? copy.original().duplicateOf() : copy.original().id();
            similarity = Math.round(copy.similarity() * 1000) / 1000.0;
        }
        StoryMerger.Merged merged = null;
        if (story == null) {
            final StoryMatcher.Match match = matcher.find(features, time, windowMillis, options.joinThreshold());
            story = match == null ? null : match.story();
            if (match != null && match.other() != null && options.merge()) {
                merged = merger.merge(match.story(), match.other());
                story = merged == null ? story : merged.story();
            }
        }
        final StoryRecord joined = join(story, article, time, features);
        if (joined.articleIds().contains(article.id())) {
            final String title = article.title() == null ? null
                    : article.title().substring(0, Math.min(article.title().length(), ArticleRecord.MAX_TITLE));
            final ArticleRecord record = new ArticleRecord(article.id(), joined.id(), time, duplicateOf, similarity,
                    fingerprint, title, article.source(), article.publishedAt());
            state.putArticle(record);
            duplicates.add(record);
        }
        rarity.add(features.distinctWords());
        LOG.debug("event=story_assigned article={} story={} duplicateOf={}", article.id(), joined.id(), duplicateOf);
        final Story assigned = new Story(joined.id(), duplicateOf, similarity);
        return merged == null ? StoryAssignment.of(assigned)
                : new StoryAssignment(assigned, merged.absorbed(), merged.moved());
    }

    /**
     * Keeps the article's payload for a later merge to publish it again, while its story could still be
     * absorbed by another (at most {@value StoryMerger#MAX_MOVED} articles); once the story grows past that,
     * its articles' payloads are dropped: they can no longer move.
     */
    public void keepPayload(final String articleId, final String storyId, final byte[] payload) {
        final StoryRecord story = state.story(storyId);
        if (story == null || state.article(articleId) == null) {
            return;
        }
        if (story.articleCount() <= StoryMerger.MAX_MOVED) {
            state.putPayload(articleId, payload);
        } else if (story.articleCount() == StoryMerger.MAX_MOVED + 1) {
            story.articleIds().forEach(state::removePayload);
        }
    }

    /**
     * Takes a retracted article out of its story; a story left without article is removed.
     *
     * @return the id of the story it belonged to, or null when it is not in the window
     */
    public String retract(final String articleId) {
        final ArticleRecord record = state.article(articleId);
        if (record == null) {
            return null;
        }
        state.removeArticle(articleId);
        duplicates.remove(record);
        final StoryRecord story = state.story(record.storyId());
        if (story != null) {
            final List<String> ids = new ArrayList<>(story.articleIds());
            ids.remove(articleId);
            if (story.articleCount() <= 1) {
                matcher.unindex(story);
                state.removeStory(story.id());
            } else {
                state.putStory(new StoryRecord(story.id(), story.title(), story.firstSeen(), story.lastSeen(),
                        story.centroid(), story.countries(), ids, story.articleCount() - 1, story.indexed(),
                        story.tags()));
            }
        }
        return record.storyId();
    }

    /** The story as {@code news.stories.current} shows it, or null when it is not (or no longer) in the window. */
    public StoryView view(final String storyId) {
        return StoryViews.of(state, storyId);
    }

    private StoryRecord join(final StoryRecord story, final EnrichedArticle article, final long time,
            final ArticleFeatures features) {
        final String id = story == null ? article.id() : story.id();
        final Map<String, Double> centroid = new HashMap<>(story == null ? Map.of() : story.centroid());
        features.vector().forEach((feature, weight) -> centroid.merge(feature, weight, Double::sum));
        final List<String> countries = new ArrayList<>(story == null ? List.of() : story.countries());
        for (String country : features.countries()) {
            if (countries.size() < MAX_COUNTRIES && !countries.contains(country)) {
                countries.add(country);
            }
        }
        final List<String> ids = new ArrayList<>(story == null ? List.of() : story.articleIds());
        if (ids.size() < MAX_ARTICLES_KEPT) {
            ids.add(article.id());
        }
        final Set<String> indexed = matcher.index(features, id, story == null ? Set.of() : story.indexed());
        final StoryRecord joined = new StoryRecord(id,
                story == null ? article.title() : story.title(),
                story == null ? time : Math.min(story.firstSeen(), time),
                story == null ? time : Math.max(story.lastSeen(), time),
                strongest(centroid), countries, ids, story == null ? 1 : story.articleCount() + 1, indexed,
                (story == null ? StoryTags.EMPTY : story.tags()).with(article));
        state.putStory(joined);
        return joined;
    }

    /** The centroid's heaviest features, unscaled: a story's sum of article vectors. */
    static Map<String, Double> strongest(final Map<String, Double> centroid) {
        if (centroid.size() <= CENTROID_FEATURES) {
            return centroid;
        }
        final Map<String, Double> kept = new HashMap<>();
        for (Map.Entry<String, Double> entry : Heaviest.of(centroid, CENTROID_FEATURES)) {
            kept.put(entry.getKey(), entry.getValue());
        }
        return kept;
    }

    private void evict(final long time) {
        int budget = EVICT_PER_ARTICLE;
        for (String id : state.storiesLastSeenBefore(time - windowMillis, budget)) {
            evictStory(id);
            budget--;
        }
        while (budget-- > 0 && state.storyCount() >= options.maxStories()) {
            evictStory(state.oldestStory());
        }
    }

    private void evictStory(final String id) {
        final StoryRecord story = state.story(id);
        if (story == null) {
            return;
        }
        for (String articleId : story.articleIds()) {
            final ArticleRecord record = state.article(articleId);
            if (record != null) {
                duplicates.remove(record);
                state.removeArticle(articleId);
            }
        }
        matcher.unindex(story);
        state.removeStory(id);
        LOG.debug("event=story_evicted story={} articles={}", id, story.articleCount());
    }
}
