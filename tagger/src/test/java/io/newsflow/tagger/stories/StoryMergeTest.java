package io.newsflow.tagger.stories;

import static io.newsflow.tagger.stories.StoryArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.EnrichedArticle;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** An article that matches two stories of the window merges them, the younger into the older. */
class StoryMergeTest {

    static final List<String> XV = List.of("XV");

    /** A court ruling on a dredging permit. */
    static EnrichedArticle ruling(final String id) {
        return article(id, "Court halts Valdora canal dredging", "Judge Ambrose Kettleby suspended the permit for"
                + " deepening the Valdora shipping canal, ruling that the environmental survey ignored the eel"
                + " spawning grounds in the estuary. Kettleby ordered the port authority to commission a new"
                + " survey of the estuary before any dredger returns.", "2026-03-02T08:00:00Z",
                List.of("Ambrose Kettleby"), List.of("Valdora"), XV);
    }

    /** A protest by oyster farmers, the same day, not yet tied to the ruling. */
    static EnrichedArticle protest(final String id) {
        return article(id, "Oyster farmers blockade Valdora quay", "Hundreds of oyster farmers led by Marit"
                + " Olsvik blockaded the quay with tractors and trailers, saying silt stirred up by the canal"
                + " works had smothered their beds. Olsvik said the cooperative had lost half its harvest and"
                + " demanded compensation from the port authority.", "2026-03-02T09:00:00Z",
                List.of("Marit Olsvik"), List.of("Valdora"), XV);
    }

    /** A report that ties the two together. */
    static EnrichedArticle bridge(final String id) {
        return article(id, "Oyster farmers cheer court halt to Valdora canal dredging", "Oyster farmers led by"
                + " Marit Olsvik lifted their blockade of the quay after Judge Ambrose Kettleby suspended the"
                + " dredging permit for the Valdora shipping canal. Olsvik said the ruling vindicated the"
                + " farmers, whose beds were smothered by silt, and Kettleby ordered a new survey of the eel"
                + " spawning grounds in the estuary.", "2026-03-02T12:00:00Z",
                List.of("Marit Olsvik", "Ambrose Kettleby"), List.of("Valdora"), XV);
    }

    @Test
    void anArticleMatchingTwoStoriesMergesTheYoungerIntoTheOlder() {
        final StoryIndex index = new StoryIndex(new SerializedStoryState(new TreeMap<>()), StoryOptions.DEFAULT);
        assertEquals("r1", index.place(ruling("r1")).story().id());
        final StoryAssignment second = index.place(protest("p1"));
        assertEquals("p1", second.story().id(), "the protest alone is a story of its own");
        assertNull(second.absorbed());

        final StoryAssignment bridged = index.place(bridge("b1"));
        assertEquals("r1", bridged.story().id(), "the older story stays");
        assertEquals("p1", bridged.absorbed());
        assertEquals(List.of("p1"), bridged.moved());
        assertNull(index.view("p1"));
        assertEquals(List.of("r1", "p1", "b1"), index.view("r1").articles().stream().map(a -> a.id()).toList());
        assertEquals("r1", index.state().article("p1").storyId());
        assertTrue(index.view("r1").people().containsAll(List.of("Ambrose Kettleby", "Marit Olsvik")));
        assertEquals(1, index.state().storyCount());

        // The moved article leaves with its new story when it is retracted.
        assertEquals("r1", index.retract("p1"));
        assertEquals(List.of("r1", "b1"), index.view("r1").articles().stream().map(a -> a.id()).toList());
    }

    @Test
    void withoutMergesTheBridgingArticleJoinsOneStoryAndBothStay() {
        final StoryIndex index = StoryIndex.inMemory(StoryOptions.DEFAULT.withMerge(false));
        index.place(ruling("r1"));
        index.place(protest("p1"));
        final StoryAssignment bridged = index.place(bridge("b1"));
        assertNull(bridged.absorbed());
        assertEquals(2, index.state().storyCount());
        assertNotEquals(null, index.view("p1"));
    }

    @Test
    void aStoryOfMoreThanTheCapIsNotAbsorbed() {
        final StoryIndex index = StoryIndex.inMemory(StoryOptions.DEFAULT);
        index.place(ruling("r1"));
        for (int i = 0; i <= StoryMerger.MAX_MOVED; i++) {
            final EnrichedArticle p = protest("p" + i);
            // Each a revision-free new article of the protest story, published a minute apart.
            index.place(article(p.id(), p.title(), p.body(), "2026-03-02T09:" + String.format(java.util.Locale.ROOT,
                    "%02d", i) + ":00Z", List.of("Marit Olsvik"), List.of("Valdora"), XV));
        }
        assertEquals(StoryMerger.MAX_MOVED + 1, index.state().story("p0").articleCount());
        final StoryAssignment bridged = index.place(bridge("b1"));
        assertNull(bridged.absorbed());
        assertEquals(2, index.state().storyCount());
    }
}
