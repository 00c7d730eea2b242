package io.newsflow.tagger.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** One type per name across the article, and every occurrence of a tagged name tagged. */
final class Consistency {

    private final Lexicon lexicon;
    /** Whether a country keeps its type (the lexicon step runs) and names in hyphenated words are dropped. */
    private final boolean countriesFixed;
    private final boolean dropCompounds;

    Consistency(final Lexicon lexicon, final boolean countriesFixed, final boolean dropCompounds) {
        this.lexicon = lexicon;
        this.countriesFixed = countriesFixed;
        this.dropCompounds = dropCompounds;
    }

    /**
     * One type per name across the article, by majority of the CRF's readings; then every other
     * capitalized occurrence of a tagged name gets that type too.
     */
    void apply(final ArticleSpans article) {
        // Capitals hide the clues the CRF reads: a name's readings in mixed case outvote those in capitals.
        final Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
        for (Span span : article.spans()) {
            final int weight = Truecaser.isAllCaps(span.sentence) ? 1 : 100;
            votes.computeIfAbsent(key(span), k -> new HashMap<>()).merge(span.type, weight, Integer::sum);
        }
        final Map<String, String> typeOf = new HashMap<>();
        votes.forEach((name, counts) -> {
            final String best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            final int top = counts.get(best);
            if (counts.values().stream().filter(c -> c == top).count() == 1) {
                typeOf.put(name, best);
            }
        });
        for (Span span : article.spans()) {
            final String type = typeOf.get(key(span));
            if (type != null && !(countriesFixed && lexicon.isCountry(span.text()))) {
                span.type = type;
            }
        }
        // Each name once, by its words: the longest tagged name that starts at a token wins, as before,
        // but a flood of mentions of a few names no longer makes every token compare itself with each.
        final Map<String, String> names = new HashMap<>();
        final Set<String> firstWords = new HashSet<>();
        int longest = 0;
        for (Span span : article.spans()) {
            final String type = typeOf.get(key(span));
            final int length = span.to - span.from;
            if (type == null || length > MAX_NAME_WORDS) {
                continue;
            }
            final String first = lower(span.sentence, span.from);
            if (length == 1 && lexicon.isCommonWord(first)) {
                continue;
            }
            names.putIfAbsent(words(span.sentence, span.from, span.to), type);
            firstWords.add(first);
            longest = Math.max(longest, length);
        }
        for (Sentence s : article.sentences()) {
            final boolean caps = Truecaser.isAllCaps(s);
            for (int i = 0; i < s.size(); i++) {
                if (!Character.isUpperCase(s.word(i).charAt(0)) || !firstWords.contains(lower(s, i))) {
                    continue;
                }
                for (int len = Math.min(longest, s.size() - i); len >= 1; len--) {
                    final String type = names.get(words(s, i, i + len));
                    if (type != null && article.free(s, i, i + len) && (caps || !Words.extendsName(s, i, i + len))) {
                        final Span span = new Span(s, i, i + len, type);
                        if (!(dropCompounds && SpanBounds.inCompound(span))) {
                            article.add(span);
                            i += len - 1;
                        }
                        break;
                    }
                }
            }
        }
    }

    /** A tagged name longer than this is not looked for elsewhere in the article. */
    private static final int MAX_NAME_WORDS = 8;

    private static String lower(final Sentence s, final int token) {
        return s.word(token).toLowerCase(Locale.ROOT);
    }

    /** The lower-case words of tokens {@code [from, to)}, joined by a character no token holds. */
    private static String words(final Sentence s, final int from, final int to) {
        final StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from) {
                b.append('\u0000');
            }
            b.append(lower(s, k));
        }
        return b.toString();
    }

    private static String key(final Span span) {
        return span.text().toLowerCase(Locale.ROOT);
    }
}
