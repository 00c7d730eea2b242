package io.newsflow.tagger.stories;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into normalised words: runs of letters and digits, lower-cased with {@link Locale#ROOT};
 * punctuation, quotes and dashes separate words and are dropped, so that a copy whose quotes or dashes
 * were retyped reads the same. Reading stops after {@code max} words, so the cost is bounded whatever the
 * length of the text.
 */
final class Words {

    private Words() {
    }

    /** The first {@code max} words of {@code text} (null reads as empty). */
    static List<String> of(final String text, final int max) {
        final List<String> words = new ArrayList<>(Math.min(max, 1024));
        if (text == null) {
            return words;
        }
        final StringBuilder word = new StringBuilder(32);
        // ASCII letters are lower-cased as they are read, the rest by String.toLowerCase(Locale.ROOT) once the
        // word is complete (it knows the letters whose lower case depends on their neighbours); both give the
        // same word, the first without a second string per word.
        boolean ascii = true;
        final int length = text.length();
        for (int i = 0; i < length && words.size() < max; i++) {
            final char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                // A pathological run without a break is cut: it still counts as one word.
                if (word.length() < 64) {
                    if (c < 128) {
                        word.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
                    } else {
                        word.append(c);
                        ascii = false;
                    }
                }
            } else if (c == '\'' || c == '\u2019') {
                // "Council's" and "Council’s" are one spelling; the apostrophe is dropped inside a word.
                continue;
            } else if (word.length() > 0) {
                words.add(ascii ? word.toString() : word.toString().toLowerCase(Locale.ROOT));
                word.setLength(0);
                ascii = true;
            }
        }
        if (word.length() > 0 && words.size() < max) {
            words.add(ascii ? word.toString() : word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }
}
