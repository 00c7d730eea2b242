package io.newsflow.tagger.stories;

import io.newsflow.common.article.EnrichedArticle;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** When an article happened, for the story window: its publication time, else its intake time, else 0. */
final class ArticleTime {

    private ArticleTime() {
    }

    static long of(final EnrichedArticle article) {
        final Long published = parse(article.publishedAt());
        if (published != null) {
            return published;
        }
        final Long ingested = parse(article.ingestedAt());
        return ingested != null ? ingested : 0L;
    }

    /** Epoch milliseconds of an ISO instant, offset date-time or date (at midnight UTC); null otherwise. */
    static Long parse(final String text) {
        if (text == null || text.isBlank() || text.length() > 64) {
            return null;
        }
        try {
            return Instant.parse(text).toEpochMilli();
        } catch (DateTimeParseException e) {
            // not an instant; try the other forms
        }
        try {
            return OffsetDateTime.parse(text).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            // not an offset date-time
        }
        try {
            return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
