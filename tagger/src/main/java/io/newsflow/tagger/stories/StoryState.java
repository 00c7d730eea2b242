package io.newsflow.tagger.stories;

import java.util.List;

/**
 * The state of the story window as key/value entries, so that a Kafka Streams key/value store with a
 * changelog can hold it as well as memory can: stories by id, articles by id, an inverted index from a
 * feature to the stories that carry it, locality-sensitive buckets from a band key to the articles whose
 * fingerprint falls in it, and word document frequencies by hashed slot. Every list it returns is short
 * (capped by {@link StoryIndex}); the index never scans the state except through
 * {@link #storiesLastSeenBefore}.
 */
public interface StoryState {

    StoryRecord story(String id);

    void putStory(StoryRecord story);

    void removeStory(String id);

    /**
     * What scoring the story as a candidate needs ({@link StoryCentroid}), kept up to date by
     * {@link #putStory}; null when the story is not in the window.
     */
    StoryCentroid centroid(String id);

    int storyCount();

    /** Up to {@code max} ids of the stories whose last article is older than {@code time}, oldest first. */
    List<String> storiesLastSeenBefore(long time, int max);

    /** The id of the story seen least recently, null when there is none. */
    String oldestStory();

    ArticleRecord article(String id);

    void putArticle(ArticleRecord article);

    /** Removes the article, and its payload if one is kept. */
    void removeArticle(String id);

    /**
     * Keeps the article as it was published downstream (its bytes, without story), so that a merge can
     * publish it again under its new story. A state may keep none ({@code tag} has no stream to re-publish
     * to): the in-memory one keeps none.
     */
    default void putPayload(final String articleId, final byte[] payload) {
    }

    default void removePayload(final String articleId) {
    }

    /** The article's payload, or null when none is kept. */
    default byte[] payload(final String articleId) {
        return null;
    }

    /** The stories under a feature, most recent first (empty when none). */
    List<String> postings(String feature);

    /** Replaces the stories under a feature; an empty list removes the entry. */
    void putPostings(String feature, List<String> storyIds);

    /** The articles in a locality-sensitive bucket, most recent first (empty when none). */
    List<String> bucket(long key);

    /** Replaces the articles of a bucket; an empty list removes the entry. */
    void putBucket(long key, List<String> articleIds);

    /** How many recent articles had a word hashing to this slot (decayed, see {@link WordRarity}). */
    int documentFrequency(int slot);

    /** Counts one more document, with one more in each of these slots (a slot twice: two more). */
    void countDocument(int[] slots);

    /** Halves every count and the number of documents (see {@link WordRarity}). */
    void halveFrequencies();

    /** How many articles the frequencies count (decayed like them). */
    long documents();
}
