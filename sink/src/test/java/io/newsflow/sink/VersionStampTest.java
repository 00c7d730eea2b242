package io.newsflow.sink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.ArticleVersion;
import io.newsflow.common.json.Json;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The sink's memory of each id: its order, and its JSON in the changelogged store, which must not change. */
class VersionStampTest {

    @Test
    void theStoreKeepsTheSameJson() throws IOException {
        final VersionStamp stamp = VersionStamp.of(new ArticleVersion(7, 3));
        final String json = "{\"revision\":7,\"enrichmentVersion\":3,\"retracted\":false}";

        assertEquals(json, Json.write(stamp));
        assertEquals(stamp, Json.read(json, VersionStamp.class));
        assertEquals("{\"revision\":9,\"enrichmentVersion\":2147483647,\"retracted\":true}",
                Json.write(VersionStamp.retractedUpTo(9)));
    }

    @Test
    void beforeARetractionTheArticleOrderHolds() {
        final VersionStamp stamp = VersionStamp.of(new ArticleVersion(100, 2));

        assertTrue(stamp.isSupersededBy(new ArticleVersion(101, 0)));
        assertTrue(stamp.isSupersededBy(new ArticleVersion(100, 2)));
        assertFalse(stamp.isSupersededBy(new ArticleVersion(100, 1)));
        assertFalse(stamp.isSupersededBy(new ArticleVersion(99, 9)));
    }

    @Test
    void afterARetractionOnlyAStrictlyNewerRevisionCounts() {
        final VersionStamp stamp = VersionStamp.retractedUpTo(100);

        assertFalse(stamp.isSupersededBy(new ArticleVersion(100, Integer.MAX_VALUE)));
        assertFalse(stamp.isSupersededBy(new ArticleVersion(99, 1)));
        assertTrue(stamp.isSupersededBy(new ArticleVersion(101, 0)));
    }
}
