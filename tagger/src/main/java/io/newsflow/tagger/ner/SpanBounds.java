package io.newsflow.tagger.ner;

import java.util.Locale;
import java.util.Set;

/** Where a name starts and ends: punctuation, hyphenated words, names of events. */
final class SpanBounds {

    private final Lexicon lexicon;

    SpanBounds(final Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    static void trim(final ArticleSpans article) {
        article.removeIf(span -> {
            while (span.from < span.to && !Words.wordLike(span.sentence.word(span.from))) {
                span.from++;
            }
            while (span.to > span.from && !Words.wordLike(span.sentence.word(span.to - 1))
                    && !closesBracket(span.sentence, span.from, span.to - 1)) {
                span.to--;
            }
            return span.from >= span.to;
        });
    }

    /** True if the token is a closing bracket whose opening one is in {@code [from, token)}: "Mladost ( L )". */
    private static boolean closesBracket(final Sentence s, final int from, final int token) {
        if (!")".equals(s.word(token))) {
            return false;
        }
        for (int i = from; i < token; i++) {
            if ("(".equals(s.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** Moves the start of a span back over the hyphenated parts of its first word. */
    static void extendToWordStart(final Span span) {
        final Sentence s = span.sentence;
        int from = span.from;
        while (from > 0 && s.start(from) == s.end(from - 1) && Words.lettersOrHyphens(s.word(from - 1))
                && (s.word(from - 1).endsWith("-") || s.word(from).startsWith("-") || "-".equals(s.word(from - 1)))) {
            from--;
        }
        if (from < span.from && Character.isLetter(s.word(from).charAt(0))) {
            span.from = from;
        }
    }

    /** "Geneva-based": the name is glued by a hyphen to a lower-case word, so it names no entity itself. */
    static boolean inCompound(final Span span) {
        final Sentence s = span.sentence;
        final int next = span.to;
        if (next + 1 < s.size() && "-".equals(s.word(next)) && s.start(next) == s.end(next - 1)
                && s.start(next + 1) == s.end(next) && Character.isLowerCase(s.word(next + 1).charAt(0))) {
            return true;
        }
        final String last = s.word(span.to - 1);
        final int hyphen = last.indexOf('-');
        return hyphen > 0 && hyphen + 1 < last.length() && Character.isLowerCase(last.charAt(hyphen + 1))
                && span.to - span.from == 1 && !Character.isUpperCase(last.charAt(last.length() - 1));
    }

    private static final Set<String> EVENT_WORDS = Set.of("cup", "open", "championship", "championships",
            "games", "tour", "trophy", "masters", "classic", "invitational", "series", "award", "awards", "prize",
            "league", "olympics", "stakes", "marathon", "amateur", "grand prix");

    /** True if the span is, or starts, the name of an event: "UEFA Cup", "Hong Kong Open", "PGA Tour". */
    boolean namesEvent(final Span span) {
        if (lexicon.organization(span.text()) != null && span.to - span.from > 1) {
            return false;
        }
        final Sentence s = span.sentence;
        if (span.to - span.from > 1 && isEventWord(s, span.to - 1)) {
            return true;
        }
        return span.to < s.size() && s.start(span.to) > s.end(span.to - 1) && isEventWord(s, span.to);
    }

    private static boolean isEventWord(final Sentence s, final int token) {
        final String w = s.word(token);
        if (!Words.capitalizedWord(w)) {
            return false;
        }
        final String lower = w.toLowerCase(Locale.ROOT);
        if ("grand".equals(lower)) {
            return token + 1 < s.size() && "prix".equals(s.word(token + 1).toLowerCase(Locale.ROOT));
        }
        return EVENT_WORDS.contains(lower) || "prix".equals(lower);
    }
}
