package io.newsflow.sink;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Enrichment;

/**
 * What the sink remembers of an article id: the revision and enrichment version it last wrote, and
 * whether the article has been retracted since. A retracted stamp keeps the revision the retraction
 * covers, so that no revision up to it can bring the article back.
 */
public record VersionStamp(long revision, int enrichmentVersion, boolean retracted) {

    public static VersionStamp of(final EnrichedArticle article) {
        return new VersionStamp(article.revision(),
                article.enrichment() == null ? 0 : article.enrichment().version(), false);
    }

    public static VersionStamp retractedUpTo(final long revision) {
        return new VersionStamp(revision, Integer.MAX_VALUE, true);
    }

    /**
     * True when {@code candidate} should become the current version. Before a retraction the order is
     * {@link EnrichedArticle#supersedes}; after one, only a strictly newer revision counts.
     */
    public boolean isSupersededBy(final EnrichedArticle candidate) {
        if (retracted) {
            return candidate.revision() > revision;
        }
        return candidate.supersedes(asComparable());
    }

    /** An article carrying only what {@link EnrichedArticle#supersedes} compares. */
    private EnrichedArticle asComparable() {
        return new EnrichedArticle(null, null, null, null, null, null, null, revision, null,
                null, null, null, null, null, null, false, new Enrichment(enrichmentVersion, null, 0));
    }
}
