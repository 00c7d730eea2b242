package io.newsflow.api.store;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of the word search: runs of letters and digits, lower-cased ({@link Locale#ROOT}), two to
 * {@value #MAX_LENGTH} characters. An article is indexed under at most {@value #MAX_PER_ARTICLE} distinct
 * words, title first, then body in order: a word that first appears later in a very long body is not
 * found by {@code q}. That cap bounds the index entries an article writes (and deletes on revision).
 */
public final class Words {

    public static final int MAX_PER_ARTICLE = 500;
    public static final int MAX_LENGTH = 40;
    public static final int MIN_LENGTH = 2;

    private Words() {
    }

    /** The distinct words of {@code texts}, in order of first appearance, at most {@code cap}. */
    public static Set<String> of(final int cap, final String... texts) {
        final Set<String> words = new LinkedHashSet<>();
        final StringBuilder word = new StringBuilder();
        for (String text : texts) {
            if (text == null) {
                continue;
            }
            final int length = text.length();
            for (int i = 0; i <= length && words.size() < cap; ) {
                final int c = i < length ? text.codePointAt(i) : ' ';
                if (Character.isLetterOrDigit(c)) {
                    word.appendCodePoint(c);
                } else if (word.length() > 0) {
                    add(words, word);
                    word.setLength(0);
                }
                i += Character.charCount(c);
            }
            word.setLength(0);
        }
        return words;
    }

    private static void add(final Set<String> words, final StringBuilder word) {
        if (word.length() >= MIN_LENGTH && word.length() <= MAX_LENGTH) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
    }
}
