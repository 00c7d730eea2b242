package io.newsflow.enrich.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
        final Map<String, List<Name>> names = new HashMap<>();
        for (Span span : new ArrayList<>(article.spans())) {
            final String type = typeOf.get(key(span));
            if (type == null) {
                continue;
            }
            final String[] words = new String[span.to - span.from];
            for (int i = span.from; i < span.to; i++) {
                words[i - span.from] = span.sentence.word(i).toLowerCase(Locale.ROOT);
            }
            if (words.length == 1 && lexicon.isCommonWord(words[0])) {
                continue;
            }
            names.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Name(words, type));
        }
        for (Sentence s : article.sentences()) {
            final boolean caps = Truecaser.isAllCaps(s);
            for (int i = 0; i < s.size(); i++) {
                final List<Name> candidates = names.get(s.word(i).toLowerCase(Locale.ROOT));
                if (candidates == null || !Character.isUpperCase(s.word(i).charAt(0))) {
                    continue;
                }
                Name best = null;
                for (Name name : candidates) {
                    final int len = name.words().length;
                    if ((best == null || len > best.words().length) && matches(s, i, name.words())
                            && article.free(s, i, i + len) && (caps || !Words.extendsName(s, i, i + len))) {
                        best = name;
                    }
                }
                if (best != null) {
                    final Span span = new Span(s, i, i + best.words().length, best.type());
                    if (!(dropCompounds && SpanBounds.inCompound(span))) {
                        article.add(span);
                        i += best.words().length - 1;
                    }
                }
            }
        }
    }

    private record Name(String[] words, String type) {
    }

    private static String key(final Span span) {
        return span.text().toLowerCase(Locale.ROOT);
    }

    private static boolean matches(final Sentence s, final int from, final String[] words) {
        if (from + words.length > s.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!s.word(from + k).toLowerCase(Locale.ROOT).equals(words[k])) {
                return false;
            }
        }
        return true;
    }
}
