package io.newsflow.common.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleVersionTest {

    @Test
    void aNewerRevisionWinsWhateverItsEnrichment() {
        assertTrue(new ArticleVersion(200, 1).supersedes(new ArticleVersion(100, 7)));
        assertFalse(new ArticleVersion(100, 7).supersedes(new ArticleVersion(200, 1)));
    }

    @Test
    void ofOneRevisionTheSameOrANewerEnrichmentWins() {
        assertTrue(new ArticleVersion(100, 3).supersedes(new ArticleVersion(100, 2)));
        assertTrue(new ArticleVersion(100, 2).supersedes(new ArticleVersion(100, 2)), "enriched again");
        assertFalse(new ArticleVersion(100, 1).supersedes(new ArticleVersion(100, 2)));
        assertTrue(new ArticleVersion(100, 0).supersedes(null));
    }

    @Test
    void versionsSortByRevisionThenEnrichment() {
        final List<ArticleVersion> sorted = List.of(new ArticleVersion(-1, 5), new ArticleVersion(100, 0),
                new ArticleVersion(100, 2), new ArticleVersion(Long.MAX_VALUE, Integer.MIN_VALUE));
        final List<ArticleVersion> shuffled = new ArrayList<>(sorted);
        Collections.reverse(shuffled);
        Collections.sort(shuffled);
        assertEquals(sorted, shuffled);
        assertEquals(0, new ArticleVersion(7, 3).compareTo(new ArticleVersion(7, 3)));
    }
}
