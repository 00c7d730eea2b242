package io.newsflow.tagger.stories;

import java.util.Arrays;
import java.util.List;

/**
 * A MinHash signature of an article's word shingles (runs of {@value #SHINGLE} words) and how many
 * distinct shingles it had. Two signatures estimate the Jaccard similarity of the two shingle sets (the
 * share of equal slots); with the set sizes that gives the size of the intersection, hence the
 * <em>containment</em> of the smaller text in the larger one, which stays high for a copy whose last third
 * was trimmed or that gained an outlet's boilerplate, where Jaccard alone drops.
 *
 * <p>Hashes are computed from {@link String#hashCode()} (fixed by the Java specification) and fixed seeds,
 * so a signature is the same in every JVM and can be kept in a state store.
 */
public record Fingerprint(int[] signature, int shingles) {

    /** Words per shingle: three keeps a changed word from touching more than three shingles. */
    static final int SHINGLE = 3;
    /** Slots of the signature: the standard error of the Jaccard estimate is about 0.06. */
    public static final int SLOTS = 64;
    /** Words read at most; a longer body is fingerprinted by its beginning. */
    static final int MAX_WORDS = 5_000;

    private static final long[] SEEDS = seeds();

    public Fingerprint {
        if (signature.length != SLOTS) {
            throw new IllegalArgumentException("a signature has " + SLOTS + " slots, not " + signature.length);
        }
    }

    /** The fingerprint of a text; an empty text has no shingle and every slot at its maximum. */
    public static Fingerprint of(final String text) {
        return of(Words.of(text, MAX_WORDS));
    }

    /** The fingerprint of a text split by {@link Words#of}; only its first {@value #MAX_WORDS} words count. */
    static Fingerprint of(final List<String> textWords) {
        final List<String> words = textWords.size() > MAX_WORDS ? textWords.subList(0, MAX_WORDS) : textWords;
        final int[] signature = new int[SLOTS];
        Arrays.fill(signature, Integer.MAX_VALUE);
        final int n = words.size();
        final int[] wordHashes = new int[n];
        for (int i = 0; i < n; i++) {
            wordHashes[i] = words.get(i).hashCode();
        }
        // A text shorter than a shingle is one shingle of its words.
        final int last = Math.max(0, n - SHINGLE);
        final long[] shingles = new long[n == 0 ? 0 : last + 1];
        for (int i = 0; i < shingles.length; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(n, i + SHINGLE); j++) {
                h = mix(h ^ wordHashes[j]);
            }
            shingles[i] = h;
        }
        // Sorted, a repeated shingle is next to its twin: each distinct one is hashed into the slots once.
        Arrays.sort(shingles);
        int distinct = 0;
        final long[] slotHashes = new long[SLOTS];
        for (int i = 0; i < shingles.length; i++) {
            if (i > 0 && shingles[i] == shingles[i - 1]) {
                continue;
            }
            distinct++;
            final long h = shingles[i];
            // Hashing every slot first, then taking the minima, in two simple loops the JIT compiles to vector
            // instructions: half the time of one loop doing both (StoryIndex spends a fifth of its time here).
            for (int s = 0; s < SLOTS; s++) {
                slotHashes[s] = mix(h ^ SEEDS[s]) >>> 33;
            }
            for (int s = 0; s < SLOTS; s++) {
                final int v = (int) slotHashes[s];
                if (v < signature[s]) {
                    signature[s] = v;
                }
            }
        }
        return new Fingerprint(signature, distinct);
    }

    /** Estimated Jaccard similarity of the two shingle sets. */
    public double jaccard(final Fingerprint other) {
        if (shingles == 0 || other.shingles == 0) {
            return 0;
        }
        int equal = 0;
        for (int s = 0; s < SLOTS; s++) {
            if (signature[s] == other.signature[s]) {
                equal++;
            }
        }
        return equal / (double) SLOTS;
    }

    /**
     * Estimated share of the smaller shingle set found in the larger one: |A∩B| = J (|A|+|B|) / (1+J),
     * divided by min(|A|,|B|), at most 1.
     */
    public double containment(final Fingerprint other) {
        return containment(shared(other), other);
    }

    /** The containment, given the shingles the two share ({@link #shared}). */
    double containment(final double shared, final Fingerprint other) {
        return shared == 0 ? 0 : Math.min(1.0, shared / Math.min(shingles, other.shingles));
    }

    /** Estimated number of shingles the two texts share: J (|A|+|B|) / (1+J). */
    public double shared(final Fingerprint other) {
        final double j = jaccard(other);
        return j == 0 ? 0 : j * (shingles + other.shingles) / (1 + j);
    }

    /** The key of band {@code band} of {@code rows} slots, for locality-sensitive lookup. */
    long band(final int band, final int rows) {
        long h = band * 0x632BE59BD9B4E019L;
        for (int r = 0; r < rows; r++) {
            h = mix(h ^ signature[band * rows + r]);
        }
        return h;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Fingerprint f && f.shingles == shingles && Arrays.equals(f.signature, signature);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(signature) + shingles;
    }

    @Override
    public String toString() {
        return "Fingerprint[shingles=" + shingles + "]";
    }

    /** The finaliser of SplitMix64: a cheap mix in which every input bit reaches every output bit. */
    static long mix(final long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static long[] seeds() {
        final long[] seeds = new long[SLOTS];
        long s = 0x5DEECE66DL;
        for (int i = 0; i < SLOTS; i++) {
            s = mix(s);
            seeds[i] = s;
        }
        return seeds;
    }
}
