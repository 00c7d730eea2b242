package io.newsflow.tagger.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * One CRF's reading of one sentence: the label of each token (CoreNLP's names: PERSON, LOCATION,
 * ORGANIZATION, MISC, O) and the probability the CRF gives each label at each token (its marginals).
 */
final class CrfReading {

    static final String OUTSIDE = "O";

    /** The probability of a label at a token. */
    interface Probabilities {
        /** 0 for a label the CRF does not know. */
        double of(int token, String label);
    }

    private final String[] labels;
    private final double[] confidence;
    private final Probabilities probabilities;

    CrfReading(final String[] labels, final double[] confidence, final Probabilities probabilities) {
        this.labels = labels;
        this.confidence = confidence;
        this.probabilities = probabilities;
    }

    /** Reads a sentence with any CRF: newsflow's own keeps the probabilities it labelled with. */
    static CrfReading of(final CRFClassifier<CoreLabel> crf, final List<CoreLabel> sentence) {
        if (crf instanceof FastCrfClassifier fast) {
            return fast.read(sentence);
        }
        final List<CoreLabel> labelled = crf.classifySentence(sentence);
        return of(labelled, labelled.isEmpty() ? null : crf.getCliqueTree(labelled), crf);
    }

    /** The reading of tokens a CRF labelled from the clique tree it labelled them with. */
    static CrfReading of(final List<CoreLabel> labelled, final CRFCliqueTree<String> tree,
            final CRFClassifier<CoreLabel> crf) {
        final String[] labels = new String[labelled.size()];
        final double[] confidence = new double[labelled.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = labelled.get(i).get(CoreAnnotations.AnswerAnnotation.class);
            final Double p = labelled.get(i).get(CoreAnnotations.AnswerProbAnnotation.class);
            confidence[i] = p != null ? p : tree == null ? 1 : tree.prob(i, crf.classIndex.indexOf(labels[i]));
        }
        return new CrfReading(labels, confidence, (token, label) -> {
            final int index = crf.classIndex.indexOf(label);
            return index < 0 || tree == null ? 0 : tree.prob(token, index);
        });
    }

    int size() {
        return labels.length;
    }

    String label(final int token) {
        return labels[token];
    }

    /** The probability of the token's label: how sure the CRF is of it. */
    double confidence(final int token) {
        return confidence[token];
    }

    /** The probability of {@code label} at the token; 0 for a label this CRF does not know. */
    double prob(final int token, final String label) {
        return probabilities.of(token, label);
    }
}
