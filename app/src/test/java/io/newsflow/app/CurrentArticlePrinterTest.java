package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Place;
import io.newsflow.common.article.TrackTag;
import java.util.List;
import org.junit.jupiter.api.Test;

class CurrentArticlePrinterTest {

    @Test
    void describesPeoplePlacesAndTracks() {
        final EnrichedArticle article = new EnrichedArticle("a1", null, "t", "b", null, null, "en", 1, null,
                List.of(new Entity("Ada Lovelace", List.of()), new Entity("Alan Turing", List.of())), List.of(),
                List.of(Place.unresolved("Geneva", List.of())), List.of(),
                List.of(new TrackTag(TrackTag.MILITARY, 1, List.of()), new TrackTag(TrackTag.ECONOMIC, 0.5, List.of())),
                TrackTag.MILITARY, true, null);

        assertEquals("current id=a1 people=[Ada Lovelace, Alan Turing] places=[Geneva] tracks=[military, economic]",
                CurrentArticlePrinter.describe("a1", article));
    }

    @Test
    void describesARetraction() {
        assertEquals("retracted id=a2", CurrentArticlePrinter.describe("a2", null));
    }
}
