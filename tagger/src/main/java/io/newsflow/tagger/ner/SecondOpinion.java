package io.newsflow.tagger.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * A second CRF reads the words the first one is unsure of, and where the two read them differently the
 * reading the two find more probable together stands. The first CRF ({@code english.all.3class}) is
 * trained on several corpora and knows no MISC: an event or a nationality is O to it, or sometimes a place
 * or an organization. The second ({@code english.conll.4class}) is trained on newswire alone, finds more
 * organizations, and knows MISC: where it reads "World Cup" as MISC, that reading takes the first CRF's O
 * share in proportion, and a name whose better reading is MISC is no entity.
 *
 * <p>Each token's probability is the weighted mean of the two CRFs' ({@code w} for the first). A token
 * the first CRF gives probability {@code p} keeps its label whatever the second says when
 * {@code w (2p - 1) >= 1 - w}, that is when {@code p >= 1 / (2w)}; few above {@link #GATE} change in
 * practice. The second CRF reads only around the tokens below the gate, about 5% of a news article's
 * tokens, so its cost is a small share of the first's.
 */
final class SecondOpinion {

    public static final String MODEL = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    static final String MISC = "MISC";
    /**
     * Words either side of an unsure token that the second CRF reads with it: the CRFs' features look two
     * words either way, and on CoNLL dev 3 scored as whole sentences do (F1 0.9508 vs 0.9501).
     */
    static final int CONTEXT = 3;
    /**
     * The first CRF's weight. Tuned on each half of CoNLL dev (split by document): 0.55 to 0.65 score
     * within 0.2 points of each other on the other half; 0.6 sits in the middle.
     */
    static final double FIRST_WEIGHT = 0.6;
    /**
     * Tokens the first CRF is less sure of than this are read again. At {@code 1 / (2w)} (0.83) no token
     * above could change; 0.7 reads about 30% fewer tokens with the same F1 on each half of CoNLL dev
     * (0.9518 and 0.9527 against 0.9514 and 0.9534), 0.6 loses 0.4 points.
     */
    static final double GATE = 0.7;

    private final CRFClassifier<CoreLabel> second;
    /** The weight of the first CRF's probabilities; the second has the rest. */
    private final double firstWeight;
    /** Sentences whose every token the first CRF is at least this sure of are not read again. */
    private final double gate;

    SecondOpinion(final CRFClassifier<CoreLabel> second, final double firstWeight, final double gate) {
        this.second = second;
        this.firstWeight = firstWeight;
        this.gate = gate;
    }

    /** The second opinion from CoreNLP's CoNLL model, loaded once per process. */
    static SecondOpinion load() {
        return new SecondOpinion(ModelHolder.CLASSIFIER, FIRST_WEIGHT, GATE);
    }

    /**
     * Relabels the tokens the first CRF labelled ({@link CoreAnnotations.AnswerAnnotation}) where it is
     * unsure and the second CRF's reading of the same words is the more probable to the two together.
     * The second CRF reads each unsure token with {@link #CONTEXT} tokens either side, not the whole
     * sentence: what it knows of a token's label is in the words around it. Returns the number of tokens
     * the second CRF read.
     */
    int review(final List<CoreLabel> tokens, final CrfReading first) {
        int read = 0;
        int i = 0;
        boolean[] glued = null;
        while (i < tokens.size()) {
            if (first.confidence(i) >= gate) {
                i++;
                continue;
            }
            // One window over this unsure token and any other within reach of it.
            final int from = Math.max(0, i - CONTEXT);
            int last = i;
            for (int j = i + 1; j < tokens.size() && j <= last + 2 * CONTEXT; j++) {
                if (first.confidence(j) < gate) {
                    last = j;
                }
            }
            final int to = Math.min(tokens.size(), last + CONTEXT + 1);
            final CrfReading other = CrfReading.of(second, tokens.subList(from, to));
            if (glued == null) {
                glued = glued(tokens);
            }
            final String[] labels = decide(first, other, from, glued);
            for (int j = from; j < to; j++) {
                if (labels[j - from] != null) {
                    tokens.get(j).set(CoreAnnotations.AnswerAnnotation.class, labels[j - from]);
                }
            }
            read += to - from;
            i = to;
        }
        return read;
    }

    /**
     * Where the two readings differ within the window, each stretch of difference (grown to whole names
     * of either reading) takes the reading the two CRFs together find more probable: one CRF's names
     * whole, never a mix of both. A stretch that reaches a cut edge of the window, where the second CRF
     * lacked context, keeps the first reading, as does one the first CRF is sure of throughout, and one
     * where the second reading would cut a written word the first keeps whole: the second CRF learnt on
     * text in which "Djate-Taillard" is one token, and reads a lone hyphen as no name.
     *
     * @param other the second CRF's reading of the first's tokens from {@code from} on
     * @param glued for each token of the sentence, whether it is written against the token before it
     * @return the new label of each token of the window, null where the first reading stands
     */
    String[] decide(final CrfReading first, final CrfReading other, final int from, final boolean[] glued) {
        final int to = from + other.size();
        final String[] labels = new String[other.size()];
        int i = from;
        while (i < to) {
            if (first.label(i).equals(other.label(i - from))) {
                i++;
                continue;
            }
            int start = i;
            while (start > from && (continues(first, start) || continues(other, start - from))) {
                start--;
            }
            int end = i + 1;
            while (end < to && (!first.label(end).equals(other.label(end - from)) || continues(first, end)
                    || continues(other, end - from))) {
                end++;
            }
            final boolean cut = start == from && from > 0 || end == to && to < first.size();
            if (!cut && unsure(first, start, end) && !cutsWord(first, other, from, start, end, glued)
                    && logProbability(first, other, from, start, end, false)
                    < logProbability(first, other, from, start, end, true)) {
                for (int j = start; j < end; j++) {
                    labels[j - from] = other.label(j - from);
                }
            }
            i = end;
        }
        return labels;
    }

    /** Whether taking the second reading over {@code [start, end)} labels two parts of a written word apart. */
    private static boolean cutsWord(final CrfReading first, final CrfReading other, final int from, final int start,
            final int end, final boolean[] glued) {
        for (int j = Math.max(1, start); j <= end && j < first.size(); j++) {
            final String before = j - 1 >= start ? other.label(j - 1 - from) : first.label(j - 1);
            final String at = j < end ? other.label(j - from) : first.label(j);
            if (glued[j] && !before.equals(at) && first.label(j - 1).equals(first.label(j))) {
                return true;
            }
        }
        return false;
    }

    /** For each token, whether it starts where the token before it ends: "Djate", "-", "Taillard". */
    private static boolean[] glued(final List<CoreLabel> tokens) {
        final boolean[] glued = new boolean[tokens.size()];
        for (int i = 1; i < glued.length; i++) {
            glued[i] = tokens.get(i).beginPosition() == tokens.get(i - 1).endPosition();
        }
        return glued;
    }

    /** Whether the token carries on the name of the token before it in this reading. */
    private static boolean continues(final CrfReading reading, final int token) {
        return token > 0 && !CrfReading.OUTSIDE.equals(reading.label(token))
                && reading.label(token).equals(reading.label(token - 1));
    }

    private boolean unsure(final CrfReading first, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (first.confidence(i) < gate) {
                return true;
            }
        }
        return false;
    }

    /** The log-probability, to the two CRFs together, of one reading's labels over tokens {@code [from, to)}. */
    private double logProbability(final CrfReading first, final CrfReading other, final int offset, final int from,
            final int to, final boolean otherLabels) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            final String label = otherLabels ? other.label(i - offset) : first.label(i);
            sum += Math.log(Math.max(1e-12, probability(first, i, other, i - offset, label)));
        }
        return sum;
    }

    /**
     * The probability of {@code label} at the token to the two CRFs together, each weighted. The first
     * CRF's O covers MISC: it is split as the second CRF splits its own O and MISC.
     */
    double probability(final CrfReading first, final int token, final CrfReading other, final int otherToken,
            final String label) {
        final double w = firstWeight;
        final boolean outside = CrfReading.OUTSIDE.equals(label);
        if (outside || MISC.equals(label)) {
            final double otherOutside = other.prob(otherToken, CrfReading.OUTSIDE);
            final double misc = other.prob(otherToken, MISC);
            final double miscShare = otherOutside + misc > 0 ? misc / (otherOutside + misc) : 0;
            final double firstOutside = first.prob(token, CrfReading.OUTSIDE);
            return outside ? w * firstOutside * (1 - miscShare) + (1 - w) * otherOutside
                    : w * firstOutside * miscShare + (1 - w) * misc;
        }
        return w * first.prob(token, label) + (1 - w) * other.prob(otherToken, label);
    }

    /** Loads the 18 MB model once per process, on first use. */
    private static final class ModelHolder {
        static final CRFClassifier<CoreLabel> CLASSIFIER = FastCrfClassifier.loadLogged(MODEL);
    }
}
