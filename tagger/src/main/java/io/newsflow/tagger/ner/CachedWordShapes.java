package io.newsflow.tagger.ner;

import edu.stanford.nlp.process.WordShapeClassifier;
import java.util.Set;

/**
 * Remembers the shapes CoreNLP's word-shape classifier gave recent words, in {@link WordSlots}. A shape such
 * as {@code chris2useLC} depends on the word and on the classifier's known lower-case words, a set CoreNLP
 * grows while it labels (up to a maximum) and never shrinks: a set of the same size is the same set, so a
 * shape is kept with the set's size as its stamp and reused only while the set has that size; once the set
 * is full every shape is computed once.
 */
final class CachedWordShapes {

    private final int shaper;
    private final WordSlots<String> shapes;

    /** Shapes by CoreNLP's {@code shaper} (a {@link WordShapeClassifier} constant), {@code places} rounded up. */
    CachedWordShapes(final int shaper, final int places) {
        this.shaper = shaper;
        this.shapes = new WordSlots<>(places);
    }

    /**
     * {@code WordShapeClassifier.wordShape(word, shaper, known)}, interned as CoreNLP interns it when
     * {@code intern} is set.
     */
    String shape(final String word, final Set<String> known, final boolean intern) {
        final int size = known.size();
        final String kept = shapes.get(word, size);
        if (kept != null) {
            return kept;
        }
        final String computed = WordShapeClassifier.wordShape(word, shaper, known);
        final String shape = intern ? computed.intern() : computed;
        if (known.size() == size) {
            shapes.put(word, size, shape);
        }
        return shape;
    }
}
