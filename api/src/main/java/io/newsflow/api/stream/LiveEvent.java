package io.newsflow.api.stream;

import io.newsflow.common.article.EnrichedArticle;

/**
 * One event of {@code /api/stream}: an article (new or changed) or a retraction.
 *
 * @param id      increasing per instance
 * @param type    {@value #ARTICLE} or {@value #RETRACTION}
 * @param data    the {@code data:} line, JSON on one line
 * @param article the article, to test filters against; null for a retraction (sent to everyone)
 */
public record LiveEvent(long id, String type, byte[] data, EnrichedArticle article) {

    public static final String ARTICLE = "article";
    public static final String RETRACTION = "retraction";
}
