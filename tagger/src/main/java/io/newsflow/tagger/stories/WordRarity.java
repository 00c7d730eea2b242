package io.newsflow.tagger.stories;

import java.util.Collection;

/**
 * How rare a word is among recent articles (inverse document frequency), over a bounded vocabulary: words
 * are hashed into {@value #SLOTS} slots, each counting the articles that used a word of that slot. When
 * {@value #HALF_LIFE} articles have been counted every count is halved, so the figures follow the news
 * of the last few tens of thousands of articles and never grow without bound. A collision makes a rare
 * word look a little commoner, never the reverse.
 */
final class WordRarity {

    static final int SLOTS = 1 << 18;
    static final int HALF_LIFE = 20_000;

    private final StoryState state;

    WordRarity(final StoryState state) {
        this.state = state;
    }

    static int slot(final String word) {
        return (int) (Fingerprint.mix(word.hashCode()) >>> 46);
    }

    /** log((N + 10) / (df + 1)): every word weighs about the same until there are articles to tell. */
    double idf(final String word) {
        final long n = state.documents();
        return Math.log((n + 10.0) / (state.documentFrequency(slot(word)) + 1.0));
    }

    /** Counts one article with these distinct words. */
    void add(final Collection<String> distinctWords) {
        final int[] slots = new int[distinctWords.size()];
        int i = 0;
        for (String word : distinctWords) {
            slots[i++] = slot(word);
        }
        state.countDocument(slots);
        if (state.documents() >= HALF_LIFE) {
            state.halveFrequencies();
        }
    }
}
