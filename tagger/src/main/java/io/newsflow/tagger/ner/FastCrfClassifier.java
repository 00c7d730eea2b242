package io.newsflow.tagger.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.HasWord;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.PaddedList;
import edu.stanford.nlp.util.Triple;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CoreNLP's CRF classifier, loaded from the same model, labelling exactly as CoreNLP's own (same labels,
 * same probabilities to the last bit) but faster:
 * <ul>
 * <li>its feature index is a {@link FeatureTable}: the same names at the same indices, fewer cache misses;
 * <li>its word function (American spelling, by regular expressions, run each time a feature reads a
 * word) remembers its recent results ({@link CachedWordFunction});
 * <li>it prepares a sentence's tokens as CoreNLP does, step for step, but remembers the word shapes it
 * computed before ({@link TokenPreparation});
 * <li>it runs CoreNLP's feature extraction into a {@link CliqueFeatureSet} rather than a new
 * {@code HashSet} per token and clique ({@link NerFeatureCalls}), looks the names up in a batch whose
 * memory accesses overlap, and yields the indices in the {@code HashSet}'s order, without the
 * intermediate lists, datums and labels CoreNLP builds for training.
 * </ul>
 * The weights and the inference are CoreNLP's. Immutable after loading apart from CoreNLP's own state (its
 * known lower-case words), so threads share it as they share CoreNLP's.
 */
final class FastCrfClassifier extends CRFClassifier<CoreLabel> {

    /** Places for words in the word function's cache: the common words of a news stream, a few MB. */
    static final int WORD_CACHE_PLACES = 65_536;

    private static final Logger LOG = LoggerFactory.getLogger(FastCrfClassifier.class);
    /** Set while {@link #read} labels a sentence on this thread: where the sentence's clique tree goes. */
    private static final ThreadLocal<Object[]> TREE = new ThreadLocal<>();

    private final FeatureTable features;
    /** Index {@code k}: the cliques of the token and the {@code k} tokens before it. */
    private final List<List<Clique>> cliquesBySize;
    /** False when the model uses options the direct path does not reproduce: then CoreNLP's own path. */
    private final boolean direct;
    /** CoreNLP's feature extraction into our sets; null when this CoreNLP does not allow it. */
    private final NerFeatureCalls calls;
    /** Null when the model's options need CoreNLP's own preparation of tokens. */
    private final TokenPreparation preparation;

    private FastCrfClassifier(final String model) throws IOException, ClassNotFoundException {
        loadClassifier(model);
        final Field field = featureIndexField();
        try {
            @SuppressWarnings("unchecked")
            final Index<String> index = (Index<String>) field.get(this);
            features = FeatureTable.of(index);
            // CoreNLP's other paths (training, printing) read the same table; the HashIndex can go.
            field.set(this, features);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot replace the CRF's feature index", e);
        }
        if (flags.wordFunction != null) {
            flags.wordFunction = new CachedWordFunction(flags.wordFunction, WORD_CACHE_PLACES);
        }
        final List<List<Clique>> cliques = new ArrayList<>(windowSize);
        for (int size = 0; size < windowSize; size++) {
            final List<Clique> ofSize = new ArrayList<>();
            FeatureFactory.eachClique(size, 0, ofSize::add);
            cliques.add(List.copyOf(ofSize));
        }
        cliquesBySize = List.copyOf(cliques);
        direct = !flags.useReverse && !flags.useEmbedding && flags.printFeatures == null;
        calls = NerFeatureCalls.find().orElse(null);
        preparation = TokenPreparation.of(this, flags);
        LOG.info("event=crf_prepared features={} direct={} ownFeatureSets={} ownTokenPreparation={}", features.size(),
                direct, calls != null, preparation != null);
    }

    /** Loads {@code model} (a classpath resource, file or URL, as CoreNLP resolves it). */
    static FastCrfClassifier load(final String model) throws IOException, ClassNotFoundException {
        return new FastCrfClassifier(model);
    }

    /**
     * Loads a model of the classpath for a process-wide holder, logging how long it took.
     *
     * @throws IllegalStateException when the model cannot be read
     */
    static FastCrfClassifier loadLogged(final String model) {
        final long start = System.nanoTime();
        try {
            final FastCrfClassifier crf = load(model);
            LOG.info("event=model_loaded model={} tookMs={}", model, (System.nanoTime() - start) / 1_000_000);
            return crf;
        } catch (IOException | ClassNotFoundException | RuntimeException e) {
            throw new IllegalStateException("cannot load the NER model " + model + " from the classpath", e);
        }
    }

    /**
     * Labels a sentence as {@code classifySentence} does and keeps the probabilities its labels came
     * from: CoreNLP computes each token's label probabilities (its clique tree) to label the sentence
     * anyway, so reading them costs nothing more.
     */
    CrfReading read(final List<CoreLabel> sentence) {
        final Object[] tree = new Object[1];
        TREE.set(tree);
        try {
            final List<CoreLabel> labelled = classifySentence(sentence);
            @SuppressWarnings("unchecked")
            final CRFCliqueTree<String> probabilities = (CRFCliqueTree<String>) tree[0];
            return CrfReading.of(labelled, probabilities, this);
        } finally {
            TREE.remove();
        }
    }

    /** Whether sentences are prepared by {@link TokenPreparation} rather than by CoreNLP's own code. */
    boolean preparesOwnTokens() {
        return preparation != null;
    }

    /** As CoreNLP's: the sentence's tokens prepared ({@link TokenPreparation}), then labelled. */
    @Override
    public List<CoreLabel> classifySentence(final List<? extends HasWord> sentence) {
        if (preparation == null || !TokenPreparation.handles(sentence)) {
            return super.classifySentence(sentence);
        }
        final List<CoreLabel> document = preparation.prepare(sentence, knownLCWords, backgroundSymbol());
        classify(document);
        return document;
    }

    @Override
    public CRFCliqueTree<String> getCliqueTree(final Triple<int[][][], int[], double[][][]> data) {
        final CRFCliqueTree<String> tree = super.getCliqueTree(data);
        final Object[] wanted = TREE.get();
        if (wanted != null) {
            wanted[0] = tree;
        }
        return tree;
    }

    /** CoreNLP keeps the index in a package-private field. */
    private static Field featureIndexField() {
        try {
            final Field field = CRFClassifier.class.getDeclaredField("featureIndex");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException | RuntimeException e) {
            throw new IllegalStateException("this CoreNLP's CRFClassifier has no featureIndex field", e);
        }
    }

    /**
     * What CoreNLP's {@code documentToDataAndLabels} computes: for each token and clique size, the indices
     * of the features the model knows, in the order the feature factories yield them (the order the
     * clique potentials sum their weights in).
     */
    @Override
    public Triple<int[][][], int[], double[][][]> documentToDataAndLabels(final List<CoreLabel> document) {
        if (!direct) {
            return super.documentToDataAndLabels(document);
        }
        final int size = document.size();
        final int[][][] data = new int[size][windowSize][];
        final double[][][] featureVals = new double[size][windowSize][];
        final int[] labels = new int[size];
        final PaddedList<CoreLabel> padded = new PaddedList<>(document, pad);
        final CliqueFeatureSet names = new CliqueFeatureSet(features);
        int[] found = new int[256];
        for (int j = 0; j < size; j++) {
            for (int k = 0; k < windowSize; k++) {
                int m = 0;
                for (Clique clique : cliquesBySize.get(k)) {
                    for (FeatureFactory<CoreLabel> factory : featureFactories) {
                        if (calls != null && NerFeatureCalls.handles(factory, clique)) {
                            names.clear();
                            calls.extract(factory, padded, j, clique, names);
                            found = room(found, m + names.size());
                            m = names.appendKnownIndices(found, m);
                        } else {
                            final Collection<String> extracted = factory.getCliqueFeatures(padded, j, clique);
                            found = room(found, m + extracted.size());
                            for (String name : extracted) {
                                final int index = features.indexOf(name);
                                if (index >= 0) {
                                    found[m++] = index;
                                }
                            }
                        }
                    }
                }
                data[j][k] = Arrays.copyOf(found, m);
            }
            labels[j] = classIndex.indexOf(document.get(j).get(CoreAnnotations.AnswerAnnotation.class));
        }
        return new Triple<>(data, labels, featureVals);
    }

    private static int[] room(final int[] found, final int needed) {
        return needed <= found.length ? found : Arrays.copyOf(found, Math.max(2 * found.length, needed));
    }
}
