package io.newsflow.tagger.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The story state in memory, for the {@code tag} command and one stream task. Besides the entries it keeps
 * the stories ordered by when they were last seen, so that eviction finds the oldest without a scan (a
 * Kafka Streams store would keep the same order under keys prefixed by the time).
 */
public final class InMemoryStoryState implements StoryState {

    private record Seen(long time, String id) implements Comparable<Seen> {
        @Override
        public int compareTo(final Seen o) {
            final int byTime = Long.compare(time, o.time);
            return byTime != 0 ? byTime : id.compareTo(o.id);
        }
    }

    private final Map<String, StoryRecord> stories = new HashMap<>();
    private final Map<String, StoryCentroid> centroids = new HashMap<>();
    private final TreeSet<Seen> byLastSeen = new TreeSet<>();
    private final Map<String, ArticleRecord> articles = new HashMap<>();
    private final Map<String, List<String>> postings = new HashMap<>();
    private final Map<Long, List<String>> buckets = new HashMap<>();
    private final int[] frequencies = new int[WordRarity.SLOTS];
    private long documents;

    @Override
    public StoryRecord story(final String id) {
        return stories.get(id);
    }

    @Override
    public void putStory(final StoryRecord story) {
        final StoryRecord old = stories.put(story.id(), story);
        centroids.put(story.id(), StoryCentroid.of(story));
        if (old != null) {
            byLastSeen.remove(new Seen(old.lastSeen(), old.id()));
        }
        byLastSeen.add(new Seen(story.lastSeen(), story.id()));
    }

    @Override
    public void removeStory(final String id) {
        final StoryRecord old = stories.remove(id);
        centroids.remove(id);
        if (old != null) {
            byLastSeen.remove(new Seen(old.lastSeen(), old.id()));
        }
    }

    @Override
    public StoryCentroid centroid(final String id) {
        return centroids.get(id);
    }

    @Override
    public int storyCount() {
        return stories.size();
    }

    @Override
    public List<String> storiesLastSeenBefore(final long time, final int max) {
        final List<String> ids = new ArrayList<>();
        for (Seen seen : byLastSeen) {
            if (seen.time() >= time || ids.size() >= max) {
                break;
            }
            ids.add(seen.id());
        }
        return ids;
    }

    @Override
    public String oldestStory() {
        return byLastSeen.isEmpty() ? null : byLastSeen.first().id();
    }

    @Override
    public ArticleRecord article(final String id) {
        return articles.get(id);
    }

    @Override
    public void putArticle(final ArticleRecord article) {
        articles.put(article.id(), article);
    }

    @Override
    public void removeArticle(final String id) {
        articles.remove(id);
    }

    @Override
    public List<String> postings(final String feature) {
        return postings.getOrDefault(feature, List.of());
    }

    @Override
    public void putPostings(final String feature, final List<String> storyIds) {
        if (storyIds.isEmpty()) {
            postings.remove(feature);
        } else {
            postings.put(feature, List.copyOf(storyIds));
        }
    }

    @Override
    public List<String> bucket(final long key) {
        return buckets.getOrDefault(key, List.of());
    }

    @Override
    public void putBucket(final long key, final List<String> articleIds) {
        if (articleIds.isEmpty()) {
            buckets.remove(key);
        } else {
            buckets.put(key, List.copyOf(articleIds));
        }
    }

    @Override
    public int documentFrequency(final int slot) {
        return frequencies[slot];
    }

    @Override
    public void countDocument(final int[] slots) {
        for (int slot : slots) {
            frequencies[slot]++;
        }
        documents++;
    }

    @Override
    public void halveFrequencies() {
        for (int slot = 0; slot < frequencies.length; slot++) {
            frequencies[slot] /= 2;
        }
        documents /= 2;
    }

    @Override
    public long documents() {
        return documents;
    }


    /** Entries held, by kind, for the size figures. */
    public String sizes() {
        return "stories=" + stories.size() + " articles=" + articles.size() + " postings=" + postings.size()
                + " buckets=" + buckets.size();
    }
}
