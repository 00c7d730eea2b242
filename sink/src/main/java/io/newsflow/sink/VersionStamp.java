package io.newsflow.sink;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.newsflow.common.article.ArticleVersion;

/**
 * What the sink remembers of an article id (the value of its version store, JSON
 * {@code {"revision","enrichmentVersion","retracted"}}): the version it last wrote, and whether the
 * article has been retracted since. A retracted stamp keeps the revision the retraction covers, so that
 * no revision up to it can bring the article back.
 */
public record VersionStamp(long revision, int enrichmentVersion, boolean retracted) {

    public static VersionStamp of(final ArticleVersion version) {
        return new VersionStamp(version.revision(), version.enrichmentVersion(), false);
    }

    public static VersionStamp retractedUpTo(final long revision) {
        return new VersionStamp(revision, Integer.MAX_VALUE, true);
    }

    /** The version last written (of a retracted stamp: the revision the retraction covers). */
    @JsonIgnore
    public ArticleVersion version() {
        return new ArticleVersion(revision, enrichmentVersion);
    }

    /**
     * True when {@code candidate} should become the current version. Before a retraction the order is
     * {@link ArticleVersion#supersedes}; after one, only a strictly newer revision counts.
     */
    public boolean isSupersededBy(final ArticleVersion candidate) {
        if (retracted) {
            return candidate.revision() > revision;
        }
        return candidate.supersedes(version());
    }
}
