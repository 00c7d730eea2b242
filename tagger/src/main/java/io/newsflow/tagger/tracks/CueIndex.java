package io.newsflow.tagger.tracks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the cues of several lexicons in one pass over a sentence. Each lexicon is matched on its own
 * terms: greedily, left to right, the longest phrase first, never reusing a word; so a word may be a
 * cue of the military and of the economic lexicon at once, but "price war" in the military lexicon
 * (a stop phrase) keeps "war" from firing there. Immutable and thread-safe.
 */
final class CueIndex {

    /** Receives the cues found in a sentence. */
    interface Sink {
        void accept(int lexicon, Cue cue, int firstToken, int endToken);
    }

    private record Entry(int lexicon, Cue cue) {
    }

    private final List<String> names;
    private final Map<String, Entry[]> byStem;
    private final Map<String, Entry[]> byExact;

    CueIndex(final List<CueLexicon> lexicons) {
        this.names = lexicons.stream().map(CueLexicon::name).toList();
        final Map<String, List<Entry>> stem = new HashMap<>();
        final Map<String, List<Entry>> exact = new HashMap<>();
        for (int l = 0; l < lexicons.size(); l++) {
            for (final Cue cue : lexicons.get(l).cues()) {
                (cue.exact()[0] ? exact : stem).computeIfAbsent(cue.keys()[0], k -> new ArrayList<>())
                        .add(new Entry(l, cue));
            }
        }
        this.byStem = freeze(stem);
        this.byExact = freeze(exact);
    }

    private static Map<String, Entry[]> freeze(final Map<String, List<Entry>> lists) {
        final Map<String, Entry[]> frozen = new HashMap<>();
        lists.forEach((k, v) -> frozen.put(k, v.stream()
                .sorted(Comparator.comparingInt((Entry e) -> e.cue().length()).reversed())
                .toArray(Entry[]::new)));
        return Map.copyOf(frozen);
    }

    int lexiconCount() {
        return names.size();
    }

    List<String> names() {
        return names;
    }

    /**
     * Reports the cues found in tokens [from, to). {@code blocked}, when not null, holds per lexicon
     * (or null) the tokens that lexicon must not use, indexed from {@code from} (so that it is as long
     * as the sentence, not the text). Stop phrases consume their words unreported.
     */
    void match(final Tokens tokens, final int from, final int to, final boolean[][] blocked, final Sink sink) {
        final int count = names.size();
        final int[] nextFree = new int[count];
        Arrays.fill(nextFree, from);
        final Cue[] best = new Cue[count];
        final int[] touched = new int[count];
        for (int i = from; i < to; i++) {
            final Entry[] byStemHere = byStem.get(tokens.stem(i));
            final Entry[] byExactHere = byExact.get(tokens.lower(i));
            if (byStemHere == null && byExactHere == null) {
                continue;
            }
            // exact forms first: at equal length the more specific entry wins ("=securities" over "security")
            int touchedCount = consider(byExactHere, tokens, i, from, to, blocked, nextFree, best, touched, 0);
            touchedCount = consider(byStemHere, tokens, i, from, to, blocked, nextFree, best, touched, touchedCount);
            for (int k = 0; k < touchedCount; k++) {
                final int lexicon = touched[k];
                final Cue cue = best[lexicon];
                best[lexicon] = null;
                nextFree[lexicon] = i + cue.length();
                if (cue.weight() != 0) {
                    sink.accept(lexicon, cue, i, i + cue.length());
                }
            }
        }
    }

    /** Keeps, per lexicon free at {@code i}, the longest entry matching there; returns the touched count. */
    private static int consider(final Entry[] entries, final Tokens tokens, final int i, final int from, final int to,
            final boolean[][] blocked, final int[] nextFree, final Cue[] best, final int[] touched,
            final int touchedCount) {
        if (entries == null) {
            return touchedCount;
        }
        int count = touchedCount;
        for (final Entry entry : entries) {
            final int lexicon = entry.lexicon();
            final Cue cue = entry.cue();
            if (nextFree[lexicon] > i) {
                continue;
            }
            final Cue current = best[lexicon];
            if (current != null && current.length() >= cue.length()) {
                continue;
            }
            if (cue.matchesAt(tokens, i, to) && !anyBlocked(blocked == null ? null : blocked[lexicon], i - from, cue.length())) {
                if (current == null) {
                    touched[count++] = lexicon;
                }
                best[lexicon] = cue;
            }
        }
        return count;
    }

    private static boolean anyBlocked(final boolean[] blocked, final int from, final int length) {
        if (blocked == null) {
            return false;
        }
        for (int k = from; k < from + length; k++) {
            if (blocked[k]) {
                return true;
            }
        }
        return false;
    }
}
