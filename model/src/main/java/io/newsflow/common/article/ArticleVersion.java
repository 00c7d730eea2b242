package io.newsflow.common.article;

import java.util.Comparator;

/**
 * Which version of an article a record carries: its {@code revision} (ingest stamps each accepted
 * article with one; a changed article gets a higher one) and the {@code enrichmentVersion} of the logic
 * that tagged it (0 when not enriched). Versions are ordered by revision, then by enrichment version:
 * a newer revision wins whatever its enrichment, and of one revision the newer enrichment wins.
 */
public record ArticleVersion(long revision, int enrichmentVersion) implements Comparable<ArticleVersion> {

    private static final Comparator<ArticleVersion> ORDER = Comparator.comparingLong(ArticleVersion::revision)
            .thenComparingInt(ArticleVersion::enrichmentVersion);

    @Override
    public int compareTo(final ArticleVersion other) {
        return ORDER.compare(this, other);
    }

    /**
     * True when an article of this version should replace one of {@code current} for the same id: a
     * newer revision, or the same revision enriched by the same or a newer version (so that enriching
     * an article again replaces it). Every version replaces none ({@code current} null).
     */
    public boolean supersedes(final ArticleVersion current) {
        return current == null || compareTo(current) >= 0;
    }
}
