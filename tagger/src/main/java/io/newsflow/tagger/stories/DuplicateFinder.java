package io.newsflow.tagger.stories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the earlier article a text is a near-copy of, through locality-sensitive hashing of fingerprints:
 * the first {@value #BANDS} x {@value #ROWS} slots form {@value #BANDS} bands, and two texts are compared
 * only when some band is equal. With two rows a band, a pair with an estimated Jaccard similarity of 0.4
 * becomes a candidate with a probability of 0.94, of 0.6 (a copy trimmed by a third with some
 * boilerplate) 0.9995, of 0.02 (two unrelated articles) 0.006. Each bucket keeps its
 * {@value #BUCKET_SIZE} most recent articles, and a lookup verifies at most {@value #MAX_VERIFIED} of the
 * candidates they hold.
 */
final class DuplicateFinder {

    static final int BANDS = 32;
    static final int ROWS = 2;
    static final int BUCKET_SIZE = 16;
    /** Candidates verified at most for one article (of up to {@value #BANDS} x {@value #BUCKET_SIZE}). */
    static final int MAX_VERIFIED = 64;
    /** Texts shorter than this many shingles (a headline, a caption) are never called copies. */
    static final int MIN_SHINGLES = 20;
    /**
     * A copy shares at least this many shingles with its original: an outlet's byline, dateline and footer
     * come to some 30, and two short texts that share only those are not copies of each other.
     */
    static final int MIN_SHARED = 40;

    /** The article copied, and how much of the shorter text the two share. */
    record Match(ArticleRecord original, double similarity) {
    }

    private final StoryState state;

    DuplicateFinder(final StoryState state) {
        this.state = state;
    }

    /** The best earlier article within the window sharing at least {@code threshold}, or null. */
    Match find(final Fingerprint fingerprint, final long time, final long windowMillis, final double threshold) {
        if (fingerprint.shingles() < MIN_SHINGLES) {
            return null;
        }
        Match best = null;
        for (String id : candidates(fingerprint)) {
            final ArticleRecord other = state.article(id);
            if (other == null || Math.abs(time - other.time()) > windowMillis
                    || other.fingerprint().shingles() < MIN_SHINGLES) {
                continue;
            }
            final double shared = fingerprint.shared(other.fingerprint());
            final double similarity = fingerprint.containment(shared, other.fingerprint());
            if (similarity >= threshold && shared >= MIN_SHARED && (best == null || similarity > best.similarity()
                    || similarity == best.similarity() && other.time() < best.original().time())) {
                best = new Match(other, similarity);
            }
        }
        return best;
    }

    /**
     * The earlier articles sharing a band with {@code fingerprint}, in the order first met. When there are
     * more than {@value #MAX_VERIFIED} (a flood of texts written from one template fills every bucket),
     * only the {@value #MAX_VERIFIED} sharing the most bands are kept: a copy shares about 32 J² of them
     * (11 at J = 0.6), an article that shares a few stock phrases one or two, so the verification stays
     * bounded without losing the copies.
     */
    List<String> candidates(final Fingerprint fingerprint) {
        final Map<String, Integer> bands = new LinkedHashMap<>();
        for (int band = 0; band < BANDS; band++) {
            for (String id : state.bucket(fingerprint.band(band, ROWS))) {
                bands.merge(id, 1, Integer::sum);
            }
        }
        if (bands.size() <= MAX_VERIFIED) {
            return new ArrayList<>(bands.keySet());
        }
        // A count is 1 to BANDS (an id is listed once a bucket), so a tally finds the least count kept, and
        // how many of those first met are kept, in one pass: the same choice as a stable sort, without one.
        final int[] withCount = new int[BANDS + 1];
        bands.values().forEach(count -> withCount[Math.min(count, BANDS)]++);
        int least = BANDS;
        int above = 0;
        while (above + withCount[least] < MAX_VERIFIED) {
            above += withCount[least--];
        }
        int ties = MAX_VERIFIED - above;
        final List<String> verified = new ArrayList<>(MAX_VERIFIED);
        for (Map.Entry<String, Integer> entry : bands.entrySet()) {
            final int count = Math.min(entry.getValue(), BANDS);
            if (count > least || count == least && ties-- > 0) {
                verified.add(entry.getKey());
            }
        }
        return verified;
    }

    /** Lists the article in the buckets of its fingerprint, most recent first. */
    void add(final ArticleRecord article) {
        if (article.fingerprint().shingles() < MIN_SHINGLES) {
            return;
        }
        for (int band = 0; band < BANDS; band++) {
            final long key = article.fingerprint().band(band, ROWS);
            final List<String> ids = new ArrayList<>(BUCKET_SIZE);
            ids.add(article.id());
            for (String id : state.bucket(key)) {
                if (ids.size() < BUCKET_SIZE && !id.equals(article.id())) {
                    ids.add(id);
                }
            }
            state.putBucket(key, ids);
        }
    }

    /** Takes the article out of the buckets of its fingerprint. */
    void remove(final ArticleRecord article) {
        for (int band = 0; band < BANDS; band++) {
            final long key = article.fingerprint().band(band, ROWS);
            final List<String> ids = new ArrayList<>(state.bucket(key));
            if (ids.remove(article.id())) {
                state.putBucket(key, ids);
            }
        }
    }
}
