package io.newsflow.common.article;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An article as a producer submitted it: the value of {@code news.articles.raw}.
 *
 * <p>{@code revision} orders versions of the same article: ingest stamps it with the time it accepted
 * the article (epoch milliseconds) unless the producer gave one. {@code ingestedAt} is that time as
 * ISO-8601. Unknown JSON fields are ignored so that producers may send more than newsflow reads.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonClassDescription("An article as a producer submitted it, validated by ingest: title or body non-empty, "
        + "publishedAt an ISO-8601 date or date-time, language a BCP 47 tag; ingest stamps id, revision"
        + " (epoch ms unless the producer gave one) and ingestedAt. Absent fields are left out, never "
        + "null.")
public record RawArticle(
        String id,
        String url,
        String title,
        String body,
        String source,
        String publishedAt,
        String language,
        Long revision,
        String ingestedAt) {

    public RawArticle withId(final String newId) {
        return new RawArticle(newId, url, title, body, source, publishedAt, language, revision, ingestedAt);
    }

    public RawArticle withRevision(final long newRevision, final String newIngestedAt) {
        return new RawArticle(id, url, title, body, source, publishedAt, language, newRevision, newIngestedAt);
    }

    /** The title, or the empty string when there is none. */
    public String titleText() {
        return title == null ? "" : title;
    }

    /** The body, or the empty string when there is none. */
    public String bodyText() {
        return body == null ? "" : body;
    }
}
