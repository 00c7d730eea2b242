package io.newsflow.common.article;

/**
 * How an article was enriched: {@code version} of the enrichment logic (a newer version wins over an
 * older one for the same revision), when, and how long it took.
 */
public record Enrichment(int version, String enrichedAt, long tookMicros) {
}
