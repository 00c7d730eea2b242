package io.newsflow.enrich.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;

/**
 * Makes a loaded CRF label faster without changing a single label: its feature index becomes a
 * {@link FeatureTable} (the same names at the same indices) and its word function remembers its results.
 * The model, its weights and its inference are CoreNLP's, untouched.
 */
final class FasterCrf {

    /** Distinct words remembered by the word function: a few MB. */
    static final int WORD_CACHE_ENTRIES = 50_000;

    private FasterCrf() {
    }

    /** Installs the faster lookups in {@code crf}; call before the classifier is shared between threads. */
    static CRFClassifier<CoreLabel> install(final CRFClassifier<CoreLabel> crf) {
        final Field field = featureIndexField();
        try {
            @SuppressWarnings("unchecked")
            final Index<String> index = (Index<String>) field.get(crf);
            if (!(index instanceof FeatureTable)) {
                field.set(crf, FeatureTable.of(index));
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot replace the CRF's feature index", e);
        }
        if (crf.flags.wordFunction != null && !(crf.flags.wordFunction instanceof CachedWordFunction)) {
            crf.flags.wordFunction = new CachedWordFunction(crf.flags.wordFunction, WORD_CACHE_ENTRIES);
        }
        return crf;
    }

    /** CoreNLP keeps the index in a package-private field and reads it on every lookup. */
    private static Field featureIndexField() {
        try {
            final Field field = CRFClassifier.class.getDeclaredField("featureIndex");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException | RuntimeException e) {
            throw new IllegalStateException("this CoreNLP's CRFClassifier has no featureIndex field", e);
        }
    }
}
