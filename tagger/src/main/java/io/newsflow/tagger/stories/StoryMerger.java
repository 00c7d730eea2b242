package io.newsflow.tagger.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Merges two stories of the window that a later article shows to be one (it matches both above the join
 * threshold): the younger story (first seen later) is absorbed by the older one, which keeps its id and
 * title and takes the younger one's articles, centroid, countries, postings and tags. Only a story of at
 * most {@value #MAX_MOVED} articles is absorbed, so that one article never moves an unbounded number of
 * others; a bigger one stays apart and the article joins the story it matches best.
 */
final class StoryMerger {

    /** The most articles one merge moves to another story (and re-emits downstream). */
    static final int MAX_MOVED = 50;

    private static final Logger LOG = LoggerFactory.getLogger(StoryMerger.class);

    /** The story that stays, and what moved into it. */
    record Merged(StoryRecord story, String absorbed, List<String> moved) {
    }

    private final StoryState state;
    private final StoryMatcher matcher;

    StoryMerger(final StoryState state, final StoryMatcher matcher) {
        this.state = state;
        this.matcher = matcher;
    }

    /** Merges {@code a} and {@code b}; null when the younger is too big to move (nothing changes then). */
    Merged merge(final StoryRecord a, final StoryRecord b) {
        final boolean aIsOlder = a.firstSeen() < b.firstSeen() || a.firstSeen() == b.firstSeen() && a.id().compareTo(b.id()) < 0;
        final StoryRecord older = aIsOlder ? a : b;
        final StoryRecord younger = aIsOlder ? b : a;
        if (younger.articleCount() > MAX_MOVED || younger.articleIds().size() < younger.articleCount()) {
            LOG.debug("event=story_merge_skipped story={} other={} articles={}", older.id(), younger.id(),
                    younger.articleCount());
            return null;
        }
        final List<String> moved = new ArrayList<>(younger.articleIds().size());
        for (String id : younger.articleIds()) {
            final ArticleRecord r = state.article(id);
            if (r != null) {
                state.putArticle(new ArticleRecord(r.id(), older.id(), r.time(), r.duplicateOf(), r.similarity(),
                        r.fingerprint(), r.title(), r.source(), r.publishedAt()));
                moved.add(id);
            }
        }
        matcher.unindex(younger);
        state.removeStory(younger.id());
        final Map<String, Double> centroid = new HashMap<>(older.centroid());
        younger.centroid().forEach((feature, weight) -> centroid.merge(feature, weight, Double::sum));
        final List<String> countries = new ArrayList<>(older.countries());
        for (String country : younger.countries()) {
            if (countries.size() < StoryIndex.MAX_COUNTRIES && !countries.contains(country)) {
                countries.add(country);
            }
        }
        final List<String> ids = new ArrayList<>(older.articleIds());
        for (String id : moved) {
            if (ids.size() < StoryIndex.MAX_ARTICLES_KEPT) {
                ids.add(id);
            }
        }
        // Sorted: a story's set of features has no order of its own, and a replay must index the same ones.
        final Set<String> indexed = matcher.indexUnder(new TreeSet<>(younger.indexed()), older.id(), older.indexed());
        final StoryRecord merged = new StoryRecord(older.id(), older.title(),
                Math.min(older.firstSeen(), younger.firstSeen()), Math.max(older.lastSeen(), younger.lastSeen()),
                StoryIndex.strongest(centroid), countries, ids, older.articleCount() + younger.articleCount(), indexed,
                older.tags().merge(younger.tags()));
        state.putStory(merged);
        LOG.debug("event=stories_merged story={} absorbed={} moved={}", older.id(), younger.id(), moved.size());
        return new Merged(merged, younger.id(), moved);
    }
}
