package io.newsflow.enrich.ner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** An article's sentences and its typed spans, with which tokens each span covers. */
final class ArticleSpans {

    private final List<Sentence> sentences;
    private final List<Span> spans;
    private boolean sorted;

    ArticleSpans(final List<Sentence> sentences, final List<Span> spans) {
        this.sentences = sentences;
        this.spans = new ArrayList<>(spans);
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
        sorted = false;
    }

    void remove(final Span span) {
        spans.remove(span);
    }

    void removeIf(final java.util.function.Predicate<Span> test) {
        spans.removeIf(test);
    }

    /** The span covering the token, or null. */
    Span at(final Sentence sentence, final int token) {
        for (Span span : spans) {
            if (span.sentence == sentence && span.from <= token && token < span.to) {
                return span;
            }
        }
        return null;
    }

    /** True if no span covers any token of {@code [from, to)}. */
    boolean free(final Sentence sentence, final int from, final int to) {
        for (Span span : spans) {
            if (span.sentence == sentence && span.from < to && from < span.to) {
                return false;
            }
        }
        return true;
    }
}
