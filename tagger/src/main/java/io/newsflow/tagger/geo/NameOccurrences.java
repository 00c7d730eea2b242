package io.newsflow.tagger.geo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds where given names occur in a text as whole words, as written or in capitals, in one pass over
 * the text however many names there are. A name is looked for only at the start of a word, by its first
 * run of letters and digits, so the cost is the text's length plus, at each word, the few names that
 * start with that word.
 */
final class NameOccurrences {

    /** Names tried at one word; more names sharing a first word than this are a flood, not news. */
    static final int MAX_NAMES_PER_FIRST_WORD = 32;

    /** One occurrence: the index of the name in the list given, and where it stands. */
    record Occurrence(int name, int start, int end) {
    }

    private final Map<String, List<Candidate>> byFirstWord = new HashMap<>();

    private record Candidate(int name, String form) {
    }

    NameOccurrences(final List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            final String name = names.get(i);
            add(i, name);
            final String upper = name.toUpperCase(Locale.ROOT);
            if (!upper.equals(name)) {
                add(i, upper);
            }
        }
    }

    private void add(final int name, final String form) {
        final int first = wordEnd(form, 0);
        if (first == 0) {
            return;
        }
        final List<Candidate> list = byFirstWord.computeIfAbsent(form.substring(0, first), k -> new ArrayList<>());
        if (list.size() < MAX_NAMES_PER_FIRST_WORD) {
            list.add(new Candidate(name, form));
        }
    }

    /** Every occurrence of a name as a whole word, in text order. */
    List<Occurrence> in(final String text) {
        final List<Occurrence> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            final int end = wordEnd(text, i);
            final List<Candidate> candidates = byFirstWord.get(text.substring(i, end));
            if (candidates != null) {
                for (Candidate c : candidates) {
                    final int e = i + c.form().length();
                    if (text.startsWith(c.form(), i) && (e == text.length() || !isWordChar(text.charAt(e)))) {
                        out.add(new Occurrence(c.name(), i, e));
                    }
                }
            }
            i = end;
        }
        return out;
    }

    private static int wordEnd(final String s, final int from) {
        int i = from;
        while (i < s.length() && isWordChar(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWordChar(final char c) {
        return Character.isLetter(c) || Character.isDigit(c);
    }
}
