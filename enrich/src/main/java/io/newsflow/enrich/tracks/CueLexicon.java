package io.newsflow.enrich.tracks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A weighted cue lexicon, read from a {@code .lex} resource. One entry per line:
 * {@code weight phrase [~context ...]}; {@code #} starts a comment. A weight of 0 makes a stop phrase:
 * it matches, consumes its words and scores nothing ("price war" keeps "war" from firing). Matching is
 * greedy, longest phrase first, left to right within a sentence, and never reuses a word.
 */
final class CueLexicon {

    /** Receives the cues found in a sentence. */
    interface Sink {
        void accept(Cue cue, int firstToken, int endToken);
    }

    private final String name;
    private final Map<String, Cue[]> byStem;
    private final Map<String, Cue[]> byExact;
    private final int size;

    private CueLexicon(final String name, final List<Cue> cues) {
        this.name = name;
        this.size = cues.size();
        final Map<String, List<Cue>> stem = new HashMap<>();
        final Map<String, List<Cue>> exact = new HashMap<>();
        for (final Cue cue : cues) {
            (cue.exact()[0] ? exact : stem).computeIfAbsent(cue.keys()[0], k -> new ArrayList<>()).add(cue);
        }
        this.byStem = freeze(stem);
        this.byExact = freeze(exact);
    }

    private static Map<String, Cue[]> freeze(final Map<String, List<Cue>> lists) {
        final Map<String, Cue[]> frozen = new HashMap<>();
        // longest first, so that the first phrase that matches is the longest one
        lists.forEach((k, v) -> frozen.put(k, v.stream()
                .sorted(Comparator.comparingInt(Cue::length).reversed())
                .toArray(Cue[]::new)));
        return Map.copyOf(frozen);
    }

    String name() {
        return name;
    }

    int size() {
        return size;
    }

    /**
     * Finds the cues in tokens [from, to), skipping tokens marked in {@code blocked} (may be null).
     * Stop phrases (weight 0) consume their words but are not reported.
     */
    void match(final Tokens tokens, final int from, final int to, final boolean[] blocked, final Sink sink) {
        int i = from;
        while (i < to) {
            if (blocked != null && blocked[i]) {
                i++;
                continue;
            }
            final Cue best = longestAt(tokens, i, to, blocked);
            if (best == null) {
                i++;
                continue;
            }
            if (best.weight() != 0) {
                sink.accept(best, i, i + best.length());
            }
            i += best.length();
        }
    }

    private Cue longestAt(final Tokens tokens, final int i, final int to, final boolean[] blocked) {
        Cue best = pick(byStem.get(tokens.stem(i)), tokens, i, to, blocked, null);
        best = pick(byExact.get(tokens.lower(i)), tokens, i, to, blocked, best);
        return best;
    }

    private static Cue pick(final Cue[] candidates, final Tokens tokens, final int i, final int to,
            final boolean[] blocked, final Cue current) {
        if (candidates == null) {
            return current;
        }
        for (final Cue cue : candidates) {
            if (current != null && cue.length() <= current.length()) {
                return current;
            }
            if (cue.matchesAt(tokens, i, to) && !anyBlocked(blocked, i, cue.length())) {
                return cue;
            }
        }
        return current;
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

    /** Reads {@code <name>.lex} next to this class; {@code contexts} names the context bits. */
    static CueLexicon load(final String name, final List<String> contexts) {
        final String resource = name + ".lex";
        try (InputStream in = CueLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("lexicon resource missing: " + resource);
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            final List<Cue> cues = new ArrayList<>();
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                final Cue cue = parse(line, contexts, resource, lineNo);
                if (cue != null) {
                    cues.add(cue);
                }
            }
            return new CueLexicon(name, cues);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    static Cue parse(final String rawLine, final List<String> contexts, final String resource, final int lineNo) {
        final int hash = rawLine.indexOf('#');
        final String line = (hash >= 0 ? rawLine.substring(0, hash) : rawLine).strip();
        if (line.isEmpty()) {
            return null;
        }
        final String[] fields = line.split("\\s+");
        final double weight;
        try {
            weight = Double.parseDouble(fields[0]);
        } catch (NumberFormatException e) {
            throw new IllegalStateException(resource + ":" + lineNo + ": weight expected, got " + fields[0], e);
        }
        final List<String> keys = new ArrayList<>();
        final List<Boolean> exact = new ArrayList<>();
        final List<Boolean> capital = new ArrayList<>();
        final StringBuilder phrase = new StringBuilder();
        int damped = 0;
        for (int f = 1; f < fields.length; f++) {
            final String field = fields[f];
            if (field.startsWith("~")) {
                final int bit = contexts.indexOf(field.substring(1));
                if (bit < 0) {
                    throw new IllegalStateException(resource + ":" + lineNo + ": unknown context " + field);
                }
                damped |= 1 << bit;
                continue;
            }
            final boolean isExact = field.startsWith("=");
            final String word = isExact ? field.substring(1) : field;
            if (phrase.length() > 0) {
                phrase.append(' ');
            }
            phrase.append(word);
            final Tokens tokens = Tokens.of(word);
            for (int t = 0; t < tokens.size(); t++) {
                keys.add(isExact ? tokens.lower(t) : tokens.stem(t));
                exact.add(isExact);
                capital.add(tokens.capitalized(t));
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalStateException(resource + ":" + lineNo + ": phrase expected");
        }
        final boolean[] exactFlags = new boolean[keys.size()];
        final boolean[] capitalFlags = new boolean[keys.size()];
        for (int k = 0; k < keys.size(); k++) {
            exactFlags[k] = exact.get(k);
            capitalFlags[k] = capital.get(k);
        }
        return new Cue(phrase.toString(), weight, keys.toArray(String[]::new), exactFlags, capitalFlags, damped);
    }

    @Override
    public String toString() {
        return name + " (" + size + " cues)";
    }
}
