package io.newsflow.tagger.ner;

import edu.stanford.nlp.process.WordShapeClassifier;
import java.util.Set;

/**
 * Remembers the shapes CoreNLP's word-shape classifier gave recent words. A shape such as
 * {@code chris2useLC} depends on the word and on the classifier's known lower-case words, a set CoreNLP
 * grows while it labels (up to a maximum) and never shrinks: a set of the same size is the same set, so a
 * shape is reused only while the set has the size it had when the shape was computed, and once the set is
 * full every shape is computed once. Laid out as {@link CachedWordFunction}: two places per word, no locks,
 * a stale or missing entry only costs a recomputation, and words longer than its
 * {@link CachedWordFunction#MAX_KEPT_LENGTH} are not kept.
 */
final class CachedWordShapes {

    private record Entry(String word, int known, String shape) {
    }

    private final int shaper;
    private final Entry[] entries;

    /** Shapes by CoreNLP's {@code shaper} (a {@link WordShapeClassifier} constant), {@code places} rounded up. */
    CachedWordShapes(final int shaper, final int places) {
        this.shaper = shaper;
        this.entries = new Entry[Integer.highestOneBit(Math.max(2, places) - 1) << 1];
    }

    /**
     * {@code WordShapeClassifier.wordShape(word, shaper, known)}, interned as CoreNLP interns it when
     * {@code intern} is set.
     */
    String shape(final String word, final Set<String> known, final boolean intern) {
        if (word.length() > CachedWordFunction.MAX_KEPT_LENGTH) {
            final String computed = WordShapeClassifier.wordShape(word, shaper, known);
            return intern ? computed.intern() : computed;
        }
        final int size = known.size();
        final int place = (word.hashCode() * 0x9E3779B9) >>> 16 & (entries.length - 2);
        final Entry first = entries[place];
        if (first != null && first.known == size && first.word.equals(word)) {
            return first.shape;
        }
        final Entry second = entries[place + 1];
        if (second != null && second.known == size && second.word.equals(word)) {
            return second.shape;
        }
        final String computed = WordShapeClassifier.wordShape(word, shaper, known);
        final String shape = intern ? computed.intern() : computed;
        if (known.size() == size) {
            // The newest first, the one before second: the older of the two goes.
            entries[place + 1] = first;
            entries[place] = new Entry(word, size, shape);
        }
        return shape;
    }
}
