package io.newsflow.tagger.tracks;

import java.util.ArrayList;
import java.util.List;

/**
 * How a cue stands in its text, for the cases where a track word says little about what the article
 * itself develops: inside reported speech ("a clause in a quote"), or as part of a name, where it is a
 * title or an attribute rather than a subject ("President Smith said", "the Popular Democratic Front",
 * "Deputy Security Adviser Jones"). One pass over the text; immutable once made.
 */
final class CueSetting {

    /** A sentence is in title case (a headline such as "Leaders Agree New Trade Rules") at this share. */
    private static final double TITLE_CASE_SHARE = 0.6;
    /** Words shorter than this do not tell title case ("of", "the", "to" stay lower case in it). */
    private static final int TITLE_CASE_WORD = 4;

    private final Tokens tokens;
    private final boolean[] quoted;
    /** Per token: whether the next token follows it within a name (see {@link #joined(String, Tokens)}). */
    private final boolean[] joinedToNext;

    private CueSetting(final Tokens tokens, final boolean[] quoted, final boolean[] joinedToNext) {
        this.tokens = tokens;
        this.quoted = quoted;
        this.joinedToNext = joinedToNext;
    }

    /**
     * Marks the tokens of {@code text} that stand inside a quotation of at least {@code minQuoteTokens}
     * words: straight double quotes toggle, curly ones open and close, and a line break ends an open
     * quotation (a quote that goes on in the next paragraph opens again there). Shorter quoted stretches
     * are terms or scare quotes ("the so-called 'roadmap'"), not speech, and are left alone.
     */
    static CueSetting of(final String text, final Tokens tokens, final int minQuoteTokens) {
        final boolean[] quoted = new boolean[tokens.size()];
        final List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (c == '\n') {
                if (open >= 0) {
                    spans.add(new int[] {open, i});
                    open = -1;
                }
            } else if (c == '\u201c' || (c == '"' && open < 0)) {
                open = i;
            } else if ((c == '\u201d' || c == '"') && open >= 0) {
                spans.add(new int[] {open, i});
                open = -1;
            }
        }
        if (open >= 0) {
            spans.add(new int[] {open, text.length()});
        }
        for (final int[] span : spans) {
            final int from = tokens.firstAtOrAfter(span[0]);
            final int to = tokens.firstAtOrAfter(span[1]);
            if (to - from >= minQuoteTokens) {
                for (int k = from; k < to; k++) {
                    quoted[k] = true;
                }
            }
        }
        return new CueSetting(tokens, quoted, joined(text, tokens));
    }

    /**
     * Per token, whether the next one can go on the same name: only spaces, a hyphen without spaces
     * ("Anglo-Irish") or a possessive ("Prime Minister's Questions") stand between them. A comma, full
     * stop, colon, bracket, quote mark, dash or line break ends a name: in "in his Budget, Charles Smith
     * said" the cue is no part of the name that follows. Each gap is read once.
     */
    private static boolean[] joined(final String text, final Tokens tokens) {
        final boolean[] joined = new boolean[tokens.size()];
        for (int k = 0; k + 1 < tokens.size(); k++) {
            joined[k] = nameGap(text, tokens.end(k), tokens.start(k + 1));
        }
        return joined;
    }

    private static boolean nameGap(final String text, final int from, final int to) {
        int i = from;
        if (i + 1 < to && (text.charAt(i) == '\'' || text.charAt(i) == '\u2019')
                && (text.charAt(i + 1) == 's' || text.charAt(i + 1) == 'S')) {
            i += 2; // the possessive that Tokens drops
        }
        if (i + 1 == to && text.charAt(i) == '-') {
            return true;
        }
        for (; i < to; i++) {
            final char c = text.charAt(i);
            if (c != ' ' && c != '\u00a0' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Whether the cue at tokens [first, end) stands inside a quotation. */
    boolean quoted(final int first) {
        return quoted[first];
    }

    /**
     * Whether tokens [from, to) are a sentence in title case, where capitals do not mark names. Counts
     * only words of four letters or more, since short function words stay lower case in a headline.
     */
    boolean titleCase(final int from, final int to) {
        int words = 0;
        int capitals = 0;
        for (int k = from; k < to; k++) {
            if (tokens.lower(k).length() >= TITLE_CASE_WORD && Character.isLetter(tokens.lower(k).charAt(0))) {
                words++;
                if (tokens.capitalized(k)) {
                    capitals++;
                }
            }
        }
        return words > 0 && capitals >= TITLE_CASE_SHARE * words;
    }

    /**
     * Whether the cue at tokens [first, end) of a sentence [from, to) is part of a name: every word of it
     * is written with a capital and it runs on into a capitalised word ("President Smith", "Security
     * Council") or on from one that is not the first of the sentence ("Syrian Democratic Forces"), with
     * nothing but a space, a hyphen or a possessive between them (not "his Budget, Charles Smith"). Cues
     * that the lexicon itself writes with a capital ("=Labour") are names by design and stay whole.
     */
    boolean inName(final Cue cue, final int first, final int end, final int from, final int to) {
        for (int k = 0; k < cue.length(); k++) {
            if (cue.capital()[k] || !tokens.capitalized(first + k)) {
                return false;
            }
        }
        return (end < to && tokens.capitalized(end) && joinedToNext[end - 1])
                || (first - 1 > from && tokens.capitalized(first - 1) && joinedToNext[first - 1]);
    }
}
