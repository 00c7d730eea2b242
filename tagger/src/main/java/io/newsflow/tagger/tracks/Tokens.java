package io.newsflow.tagger.tracks;

import java.util.Arrays;

/**
 * The word tokens of one text, as parallel arrays: where each stands, its lower-case form, its stem,
 * and whether it was written with a capital. Punctuation is not a token; hyphenated words are split
 * ("cease-fire" is "cease" "fire"); a possessive "'s" is dropped; dotted acronyms are one token
 * ("U.N." is "un").
 */
final class Tokens {

    private int size;
    private int[] starts;
    private int[] ends;
    private String[] lower;
    private String[] stems;
    private boolean[] capitalized;

    private Tokens(final int capacity) {
        starts = new int[capacity];
        ends = new int[capacity];
        lower = new String[capacity];
        stems = new String[capacity];
        capitalized = new boolean[capacity];
    }

    static Tokens of(final String text) {
        final Tokens tokens = new Tokens(Math.max(16, text.length() / 5));
        final StringBuilder word = new StringBuilder(24);
        final int n = text.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            final int start = i;
            word.setLength(0);
            int end = i;
            while (i < n) {
                final char c = text.charAt(i);
                if (Character.isLetterOrDigit(c)) {
                    word.append(Character.toLowerCase(c));
                    i++;
                    end = i;
                } else if (isApostrophe(c) && i + 1 < n && Character.isLetter(text.charAt(i + 1))) {
                    if (isPossessive(text, i)) {
                        i += 2;
                        break;
                    }
                    i++; // "don't" -> "dont"
                } else if (c == '.' && isAcronymDot(text, start, i)) {
                    i++;
                    end = i;
                } else {
                    break;
                }
            }
            tokens.add(start, end, word.toString(), Character.isUpperCase(text.charAt(start)));
        }
        return tokens;
    }

    private static boolean isApostrophe(final char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isPossessive(final String text, final int apostrophe) {
        final char s = text.charAt(apostrophe + 1);
        if (s != 's' && s != 'S') {
            return false;
        }
        return apostrophe + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(apostrophe + 2));
    }

    /**
     * A dot inside an acronym made of single letters: "U.N.", "U.S.", "e.g.". The dot belongs to the
     * token when the token so far alternates letter-dot and the dot follows a single letter.
     */
    private static boolean isAcronymDot(final String text, final int start, final int dot) {
        if (dot - start < 1 || !Character.isLetter(text.charAt(dot - 1))) {
            return false;
        }
        if (dot - start >= 2 && text.charAt(dot - 2) != '.') {
            return false;
        }
        final boolean letterFollows = dot + 1 < text.length() && Character.isLetter(text.charAt(dot + 1))
                && (dot + 2 >= text.length() || !Character.isLetter(text.charAt(dot + 2)));
        // the closing dot of "U.N." belongs to the token too, once the token holds an inner dot
        return letterFollows || dot - start >= 2;
    }

    private void add(final int start, final int end, final String word, final boolean capital) {
        if (size == starts.length) {
            final int grown = size * 2;
            starts = Arrays.copyOf(starts, grown);
            ends = Arrays.copyOf(ends, grown);
            lower = Arrays.copyOf(lower, grown);
            stems = Arrays.copyOf(stems, grown);
            capitalized = Arrays.copyOf(capitalized, grown);
        }
        starts[size] = start;
        ends[size] = end;
        lower[size] = word;
        stems[size] = Stemmer.stem(word);
        capitalized[size] = capital;
        size++;
    }

    int size() {
        return size;
    }

    int start(final int i) {
        return starts[i];
    }

    int end(final int i) {
        return ends[i];
    }

    String lower(final int i) {
        return lower[i];
    }

    String stem(final int i) {
        return stems[i];
    }

    boolean capitalized(final int i) {
        return capitalized[i];
    }

    /** The index of the first token that starts at or after {@code offset}. */
    int firstAtOrAfter(final int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            final int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
