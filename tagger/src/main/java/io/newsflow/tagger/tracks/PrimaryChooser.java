package io.newsflow.tagger.tracks;

import java.util.List;

/**
 * Chooses the primary track among the carried ones: the track that the headline, the lede and most
 * of the text are about. Whether a track is carried asks how much of it the article holds; which one
 * is primary asks what the article is about, and raw cue sums answer that badly: a few cue-dense side
 * sentences outweigh a subject told in plain words, and role words ("the president said") go with any
 * subject. So each sentence that develops a track, and each sentence of the headline and the lede with
 * any cue, gives one vote, shared among the tracks in proportion to their cues in it, role words left
 * out. The headline votes with {@code title.weight}, the first {@code primary.ledeSentences} body
 * sentences with {@code lede.weight}. Ties go to the stronger track. One pass over the sentences;
 * immutable.
 */
final class PrimaryChooser {

    private final ScoringParameters params;

    PrimaryChooser(final ScoringParameters params) {
        this.params = params;
    }

    /**
     * The index, in {@code candidates}, of the primary track. {@code candidates} holds track indexes,
     * strongest first. {@code raw} holds per sentence the cue weights per track and, from {@code content}
     * on, the same without role cues; sentences before {@code bodyFrom} are the headline.
     */
    int choose(final List<Sentence> sentences, final double[][] raw, final int content, final int bodyFrom,
            final int[] candidates, final int trackCount) {
        if (candidates.length < 2) {
            return 0;
        }
        final double[] votes = new double[trackCount];
        final int ledeEnd = bodyFrom + (int) params.primaryLedeSentences();
        for (int s = 0; s < sentences.size(); s++) {
            final double[] row = raw[s];
            double total = 0;
            boolean develops = false;
            for (int t = 0; t < trackCount; t++) {
                total += row[content + t];
                develops |= row[content + t] >= params.sentenceMin();
            }
            final boolean lead = s < ledeEnd;
            if (total <= 0 || !develops && !lead) {
                continue;
            }
            final double weight = s < bodyFrom ? params.titleWeight() : lead ? params.ledeWeight() : 1.0;
            for (int t = 0; t < trackCount; t++) {
                votes[t] += weight * row[content + t] / total;
            }
        }
        int chosen = 0;
        for (int c = 1; c < candidates.length; c++) {
            if (votes[candidates[c]] > votes[candidates[chosen]]) {
                chosen = c;
            }
        }
        return chosen;
    }
}
