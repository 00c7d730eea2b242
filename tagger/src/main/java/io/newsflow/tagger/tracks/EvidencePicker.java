package io.newsflow.tagger.tracks;

import io.newsflow.common.article.TrackEvidence;
import io.newsflow.tagger.limits.TaggingLimits;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the evidence of a carried track: its strongest sentences among those that develop it (the
 * ones a reader would point to), each with the cue words that fired there, strongest first.
 */
final class EvidencePicker {

    private static final int MAX_EVIDENCE = 3;
    private static final int MAX_CUES_PER_SENTENCE = 8;

    private final ScoringParameters params;
    private final CueIndex trackIndex;
    private final CueWeigher weigher;

    EvidencePicker(final ScoringParameters params, final CueIndex trackIndex, final CueWeigher weigher) {
        this.params = params;
        this.trackIndex = trackIndex;
        this.weigher = weigher;
    }

    /**
     * The evidence of {@code track}. {@code raw} holds per sentence the row of cue weights the
     * classifier summed: per lexicon, then from {@code content} on the same without role cues.
     */
    List<TrackEvidence> evidence(final List<Sentence> sentences, final double[][] raw, final int track,
            final int content, final int articleContexts) {
        // the sentences that develop the track, else (with a low sentence.min) those that add most
        final List<Integer> order = new ArrayList<>();
        final double min = Math.max(params.evidenceMin(), params.sentenceMin());
        for (int s = 0; s < sentences.size(); s++) {
            if (raw[s][content + track] >= min) {
                order.add(s);
            }
        }
        if (order.isEmpty()) {
            for (int s = 0; s < sentences.size(); s++) {
                if (raw[s][track] >= params.evidenceMin()) {
                    order.add(s);
                }
            }
        }
        order.sort(Comparator.<Integer>comparingDouble(
                s -> -Math.min(params.sentenceCap(), raw[s][track]) * sentences.get(s).multiplier)
                .thenComparingInt(s -> s));
        final List<TrackEvidence> evidence = new ArrayList<>(MAX_EVIDENCE);
        for (final int s : order.subList(0, Math.min(MAX_EVIDENCE, order.size()))) {
            final Sentence sentence = sentences.get(s);
            // A "sentence" of a body without full stops can be the whole body: evidence shows its start.
            int end = Math.min(sentence.end, sentence.start + TaggingLimits.MAX_EVIDENCE_CHARS);
            if (end < sentence.end && Character.isHighSurrogate(sentence.text.charAt(end - 1))) {
                end--;
            }
            evidence.add(new TrackEvidence(sentence.field, sentence.start, end,
                    sentence.text.substring(sentence.start, end),
                    cues(sentence, track, articleContexts | sentence.contexts)));
        }
        return evidence;
    }

    /** The cue words of one track that fired in a sentence, as written, strongest first. */
    private List<String> cues(final Sentence sentence, final int track, final int active) {
        final List<String> found = new ArrayList<>();
        final List<Double> weights = new ArrayList<>();
        final boolean[][] named = new boolean[trackIndex.lexiconCount()][];
        TrackNames.find(sentence.tokens, sentence.tokenFrom, sentence.tokenTo, (t, first, trackToken) -> {
            if (named[t] == null) {
                named[t] = new boolean[sentence.tokenTo - sentence.tokenFrom];
            }
            named[t][first - sentence.tokenFrom] = true;
            if (t == track) {
                found.add(sentence.text.substring(sentence.tokens.start(first), sentence.tokens.end(trackToken)));
                weights.add(params.trackNameWeight());
            }
        });
        trackIndex.match(sentence.tokens, sentence.tokenFrom, sentence.tokenTo, named,
                (lexicon, cue, first, end) -> {
                    if (lexicon == track) {
                        found.add(sentence.text.substring(sentence.tokens.start(first), sentence.tokens.end(end - 1)));
                        weights.add(weigher.counted(cue, weigher.weight(cue, active, sentence, first, end)));
                    }
                });
        final Integer[] idx = new Integer[found.size()];
        for (int k = 0; k < idx.length; k++) {
            idx[k] = k;
        }
        Arrays.sort(idx, Comparator.<Integer>comparingDouble(k -> -weights.get(k)).thenComparingInt(k -> k));
        final Set<String> distinct = new LinkedHashSet<>();
        for (final int k : idx) {
            if (distinct.size() == MAX_CUES_PER_SENTENCE) {
                break;
            }
            distinct.add(found.get(k));
        }
        return List.copyOf(distinct);
    }
}
