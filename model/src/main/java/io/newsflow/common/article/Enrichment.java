package io.newsflow.common.article;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * How an article was enriched: {@code version} of the enrichment logic (a newer version wins over an
 * older one for the same revision), when, and how long it took. {@code limits} names each cap the
 * article reached, so a consumer knows its entity lists are incomplete: {@code mentionsPerEntity} (an
 * entity kept only its first mentions), {@code entitiesPerArticle} (only the first entities of a type
 * were kept), {@code mentionsPerArticle} (only the first mentions of the article were kept),
 * {@code tokensPerArticle} (entities were looked for in the first tokens of a very long
 * body only); absent when none was reached. {@code skipped} says why the article carries no tags at
 * all, e.g. {@code language:fr} (newsflow tags English only); absent when it was tagged.
 */
@JsonClassDescription("How an article was enriched: the version of the tagging logic (a higher one replaces a lower"
        + " one of the same revision), when, how long it took; limits names each cap the article "
        + "reached (absent when none), skipped why it carries no tags at all (absent when tagged), e.g."
        + " language:fr.")
public record Enrichment(int version, String enrichedAt, long tookMicros,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> limits,
        @JsonInclude(JsonInclude.Include.NON_NULL) String skipped) {

    public static final String MENTIONS_PER_ENTITY = "mentionsPerEntity";
    public static final String ENTITIES_PER_ARTICLE = "entitiesPerArticle";
    public static final String TOKENS_PER_ARTICLE = "tokensPerArticle";
    public static final String MENTIONS_PER_ARTICLE = "mentionsPerArticle";
    /** Every cap {@code limits} may name. */
    public static final List<String> LIMITS = List.of(MENTIONS_PER_ENTITY, ENTITIES_PER_ARTICLE, TOKENS_PER_ARTICLE,
            MENTIONS_PER_ARTICLE);

    public Enrichment {
        limits = limits == null ? List.of() : List.copyOf(limits);
    }

    /** A tagged article's enrichment. */
    public Enrichment(final int version, final String enrichedAt, final long tookMicros, final List<String> limits) {
        this(version, enrichedAt, tookMicros, limits, null);
    }

    /** An enrichment that reached no cap. */
    public Enrichment(final int version, final String enrichedAt, final long tookMicros) {
        this(version, enrichedAt, tookMicros, List.of(), null);
    }
}
