package io.newsflow.api.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.api.store.Position;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    private static Position at(final int day, final String id) {
        return Position.of(Instant.parse("2021-03-01T00:00:00Z").plusSeconds(day * 86_400L), id);
    }

    private static Page page(final Position scannedTo, final Position... items) {
        final List<Page.Item> list = new ArrayList<>();
        for (Position p : items) {
            list.add(new Page.Item(p, new byte[0]));
        }
        return new Page(list, scannedTo);
    }

    private static List<String> ids(final Page p) {
        return p.items().stream().map(i -> i.position().id()).toList();
    }

    @Test
    void partsAreMergedNewestFirstUpToTheLimit() {
        final Page merged = Page.merge(List.of(page(null, at(9, "a"), at(5, "c")), page(null, at(7, "b"), at(1, "d"))),
                3);
        assertEquals(List.of("a", "b", "c"), ids(merged));
        assertEquals(at(5, "c"), merged.scannedTo());
        final Page rest = Page.merge(List.of(page(null, at(9, "a"), at(5, "c")), page(null, at(7, "b"), at(1, "d"))),
                10);
        assertEquals(List.of("a", "b", "c", "d"), ids(rest));
        assertNull(rest.scannedTo());
    }

    @Test
    void aPartThatStoppedEarlyBoundsThePageSoTheCursorSkipsNothing() {
        // The second part stopped scanning at day 6: it may hold articles between day 6 and day 2 not yet seen.
        final Page merged = Page.merge(List.of(page(null, at(9, "a"), at(2, "z")), page(at(6, "scan"), at(8, "b"))),
                10);
        assertEquals(List.of("a", "b"), ids(merged));
        assertEquals(at(6, "scan"), merged.scannedTo());
    }

    @Test
    void positionsOrderNewestFirstThenByIdAndSurviveTheCursor() {
        assertEquals(-1, Integer.signum(at(9, "a").compareTo(at(1, "a"))));
        assertEquals(-1, Integer.signum(at(3, "a").compareTo(at(3, "b"))));
        final Position p = at(3, "article:with.odd-chars_1");
        assertEquals(p, Position.fromCursor(p.cursor()));
        assertEquals(Instant.parse("2021-03-04T00:00:00Z"), p.time());
    }
}
