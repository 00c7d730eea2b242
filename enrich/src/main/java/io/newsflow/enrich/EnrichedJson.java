package io.newsflow.enrich;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.json.Json;

/**
 * A tagged article with its JSON, written once: {@code news.articles.enriched} (or the story stage) and the
 * track topics an article carries all take the same bytes, which each would otherwise write again.
 */
record EnrichedJson(EnrichedArticle article, byte[] json) {

    /** The article and the JSON {@code Topics.ENRICHED}'s serde writes of it; null for a retraction. */
    static EnrichedJson of(final EnrichedArticle article) {
        return article == null ? null : new EnrichedJson(article, Json.writeBytes(article));
    }

    /** The JSON, null for a retraction. */
    static byte[] jsonOf(final EnrichedJson value) {
        return value == null ? null : value.json();
    }
}
