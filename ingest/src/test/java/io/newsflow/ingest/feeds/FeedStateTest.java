package io.newsflow.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.feed.FeedState;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedStateTest {

    @Test
    void remembersTwiceWhatOneDocumentMayBring() {
        assertEquals(2 * FeedParser.MAX_ITEMS, FeedState.MAX_SEEN,
                "every item of the current document stays remembered, whatever the feed brings");
    }

    @Test
    void keepsTheMostRecentlySeenItemsUpToTheCap() {
        final List<FeedState.Seen> seen = new ArrayList<>();
        for (int i = 0; i < FeedState.MAX_SEEN + 10; i++) {
            seen.add(new FeedState.Seen("id-" + i, "h" + i, i));
        }
        final FeedState state = FeedState.empty("http://127.0.0.1/f").after("\"e\"", null, seen);

        assertEquals(FeedState.MAX_SEEN, state.items().size());
        assertFalse(state.hashes().containsKey("id-9"), "the ten seen longest ago are forgotten");
        assertTrue(state.hashes().containsKey("id-10"));
        assertEquals("\"e\"", state.etag());
    }

    @Test
    void aLaterSightingReplacesTheEarlierOne() {
        final FeedState first = FeedState.empty("f").after(null, null, List.of(new FeedState.Seen("a", "h1", 1)));
        final FeedState second = first.after(null, "Mon, 02 Mar 2026 10:00:00 GMT",
                List.of(new FeedState.Seen("a", "h2", 2), new FeedState.Seen("b", "h3", 2)));
        assertEquals(2, second.items().size());
        assertEquals("h2", second.hashes().get("a"));
    }

    @Test
    void roundTripsThroughJson() throws IOException {
        final FeedState state = FeedState.empty("http://127.0.0.1/f")
                .after("\"x\"", "Mon, 02 Mar 2026 10:00:00 GMT", List.of(new FeedState.Seen("a", "h", 5)));
        assertEquals(state, Json.read(Json.writeBytes(state), FeedState.class));
    }
}
