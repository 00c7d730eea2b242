package io.newsflow.tagger.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * An article's sentences and its typed spans, with which tokens each span covers. The spans are also
 * kept per sentence, so that asking what covers a token looks at one sentence's spans only (at most
 * {@link io.newsflow.tagger.limits.TaggingLimits#MAX_SENTENCE_TOKENS}), never at the whole article's:
 * the corrections ask it for every token.
 */
final class ArticleSpans {

    private final List<Sentence> sentences;
    private final List<Span> spans;
    private final Map<Sentence, List<Span>> bySentence = new IdentityHashMap<>();
    private boolean sorted;

    ArticleSpans(final List<Sentence> sentences, final List<Span> spans) {
        this.sentences = sentences;
        this.spans = new ArrayList<>(spans);
        spans.forEach(this::index);
    }

    List<Sentence> sentences() {
        return sentences;
    }

    /** The spans in reading order (title first). */
    List<Span> spans() {
        if (!sorted) {
            final Map<Sentence, Integer> order = new IdentityHashMap<>();
            for (int i = 0; i < sentences.size(); i++) {
                order.put(sentences.get(i), i);
            }
            spans.sort(Comparator.<Span>comparingInt(s -> order.get(s.sentence)).thenComparingInt(s -> s.from));
            sorted = true;
        }
        return spans;
    }

    void add(final Span span) {
        spans.add(span);
        index(span);
        sorted = false;
    }

    void removeIf(final Predicate<Span> test) {
        if (spans.removeIf(test)) {
            bySentence.values().forEach(list -> list.removeIf(test));
        }
    }

    /** The span covering the token, or null. */
    Span at(final Sentence sentence, final int token) {
        for (Span span : bySentence.getOrDefault(sentence, List.of())) {
            if (span.from <= token && token < span.to) {
                return span;
            }
        }
        return null;
    }

    /** True if no span covers any token of {@code [from, to)}. */
    boolean free(final Sentence sentence, final int from, final int to) {
        for (Span span : bySentence.getOrDefault(sentence, List.of())) {
            if (span.from < to && from < span.to) {
                return false;
            }
        }
        return true;
    }

    private void index(final Span span) {
        bySentence.computeIfAbsent(span.sentence, s -> new ArrayList<>()).add(span);
    }
}
