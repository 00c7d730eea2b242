package io.newsflow.tagger.tracks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A weighted cue lexicon, read from a {@code .lex} resource. One entry per line:
 * {@code weight phrase [~context ...] [@role]}; {@code #} starts a comment. A weight of 0 makes a stop phrase:
 * it matches, consumes its words and scores nothing ("price war" keeps "war" from firing). See
 * {@link CueIndex} for how cues are found in a text.
 */
final class CueLexicon {

    private final String name;
    private final List<Cue> cues;

    private CueLexicon(final String name, final List<Cue> cues) {
        this.name = name;
        this.cues = List.copyOf(cues);
        // two entries that stem alike would leave one silently unused: make the data say which it means
        final Map<String, Cue> seen = new HashMap<>();
        for (final Cue cue : cues) {
            final String key = Arrays.toString(cue.keys()) + Arrays.toString(cue.exact()) + Arrays.toString(cue.capital());
            final Cue previous = seen.put(key, cue);
            if (previous != null) {
                throw new IllegalStateException(name + ": \"" + cue.phrase() + "\" matches the same words as \""
                        + previous.phrase() + "\"; keep one, or write an exact form (=word)");
            }
        }
    }

    static CueLexicon of(final String name, final List<Cue> cues) {
        return new CueLexicon(name, cues);
    }

    String name() {
        return name;
    }

    List<Cue> cues() {
        return cues;
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
        boolean role = false;
        boolean executive = false;
        for (int f = 1; f < fields.length; f++) {
            final String field = fields[f];
            if (field.equals("@role")) {
                role = true;
                continue;
            }
            if (field.equals("@executive")) {
                executive = true;
                continue;
            }
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
        return new Cue(phrase.toString(), weight, keys.toArray(String[]::new), exactFlags, capitalFlags, damped, role,
                executive);
    }

    @Override
    public String toString() {
        return name + " (" + cues.size() + " cues)";
    }
}
