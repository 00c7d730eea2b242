package io.newsflow.tagger.tracks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a text into sentences, as [start, end) offsets with surrounding white space trimmed. A
 * sentence ends at . ! ? (with any closing quotes or brackets) before white space and a capital, a
 * digit or an opening quote; at a blank line; or at a line break not followed by a lower-case
 * continuation (headings and captions have no full stop). Known abbreviations ("Mr.", "Gen."), initials
 * ("George W. Bush") and dotted acronyms ("U.N.", "U.S.") do not end a sentence, except that a dotted
 * acronym does before a word that usually starts one ("... in the U.S. The ...").
 */
final class SentenceSplitter {

    private static final Set<String> STARTERS = Set.of(
            "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "but", "and", "this", "that",
            "these", "those", "there", "in", "on", "at", "after", "when", "while", "its", "his", "her",
            "their", "our", "some", "many", "however", "meanwhile", "last", "earlier", "later");

    private final Set<String> abbreviations;

    SentenceSplitter(final Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    /** Sentence spans as a flat array: start0, end0, start1, end1, ... */
    int[] split(final String text) {
        final List<int[]> spans = new ArrayList<>();
        final int n = text.length();
        int sentenceStart = 0;
        int i = 0;
        while (i < n) {
            final char c = text.charAt(i);
            int boundaryEnd = -1;
            if (c == '\n') {
                final int next = skipBlanks(text, i + 1);
                if (next >= n || text.charAt(next) == '\n' || !Character.isLowerCase(text.charAt(next))) {
                    boundaryEnd = i;
                }
            } else if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int j = i + 1;
                while (j < n && isTerminalOrCloser(text.charAt(j))) {
                    j++;
                }
                if (j >= n || Character.isWhitespace(text.charAt(j))) {
                    final int next = skipSpaces(text, j);
                    if (next < n && startsSentence(text.charAt(next))
                            && !(c == '.' && isAbbreviationDot(text, i, next))) {
                        boundaryEnd = j;
                    }
                }
                if (boundaryEnd < 0) {
                    i = j;
                    continue;
                }
            }
            if (boundaryEnd >= 0) {
                addTrimmed(spans, text, sentenceStart, boundaryEnd);
                sentenceStart = boundaryEnd;
                i = Math.max(i + 1, boundaryEnd);
            } else {
                i++;
            }
        }
        addTrimmed(spans, text, sentenceStart, n);
        final int[] flat = new int[spans.size() * 2];
        for (int k = 0; k < spans.size(); k++) {
            flat[2 * k] = spans.get(k)[0];
            flat[2 * k + 1] = spans.get(k)[1];
        }
        return flat;
    }

    private static int skipBlanks(final String text, final int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '\r')) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(final String text, final int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isTerminalOrCloser(final char c) {
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')' || c == ']'
                || c == '\u201d' || c == '\u2019' || c == '\u2026';
    }

    private static boolean startsSentence(final char c) {
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\'' || c == '\u201c'
                || c == '\u2018' || c == '(' || c == '[' || c == '-' || c == '\u2014';
    }

    /** Whether the dot at {@code dot} closes an abbreviation, an initial or an acronym rather than a sentence. */
    private boolean isAbbreviationDot(final String text, final int dot, final int next) {
        int wordStart = dot;
        while (wordStart > 0 && (Character.isLetter(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '.')) {
            wordStart--;
        }
        if (wordStart == dot) {
            return false;
        }
        final String word = text.substring(wordStart, dot);
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return true; // an initial
        }
        final String lower = word.toLowerCase(Locale.ROOT);
        if (abbreviations.contains(lower)) {
            return true;
        }
        if (word.indexOf('.') > 0) {
            return !STARTERS.contains(nextWord(text, next));
        }
        return false;
    }

    private static String nextWord(final String text, final int from) {
        int end = from;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return text.substring(from, end).toLowerCase(Locale.ROOT);
    }

    private static void addTrimmed(final List<int[]> spans, final String text, final int from, final int to) {
        int s = from;
        int e = to;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            spans.add(new int[] {s, e});
        }
    }
}
