package io.newsflow.tagger.stories;

import static io.newsflow.tagger.stories.StoryArticles.FIRE;
import static io.newsflow.tagger.stories.StoryArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The key/value form of the state gives the same stories as memory, and survives a restart. */
class SerializedStoryStateTest {

    private static List<EnrichedArticle> articles() {
        final List<EnrichedArticle> articles = new ArrayList<>();
        final List<String> fire = List.of("Ilse Marquardt");
        articles.add(article("a1", "Fire shuts Valdora port", FIRE, "2026-03-02T08:00:00Z", fire, List.of("Valdora"),
                List.of("XV")));
        articles.add(article("n1", "Orchestra season", "The orchestra announced a summer season of three premieres,"
                + " a cycle of symphonies and an open-air concert in the botanical gardens.", "2026-03-02T09:00:00Z",
                List.of(), List.of(), List.of()));
        articles.add(article("a2", "Blaze at Valdora", StoryIndexTest.syndicated(), "2026-03-02T10:00:00Z", fire,
                List.of("Valdora"), List.of("XV")));
        articles.add(article("a3", "Fire shuts Valdora port again", FIRE, "2026-04-02T08:00:00Z", fire,
                List.of("Valdora"), List.of("XV")));
        articles.add(article("a4", "Blaze at Valdora", StoryIndexTest.syndicated(), "2026-04-02T10:00:00Z", fire,
                List.of("Valdora"), List.of("XV")));
        return articles;
    }

    @Test
    void givesTheSameStoriesAsMemoryAndGoesOnAfterARestart() {
        final StoryIndex memory = StoryIndex.inMemory(StoryOptions.DEFAULT);
        final TreeMap<String, byte[]> store = new TreeMap<>();
        final List<Story> fromMemory = new ArrayList<>();
        final List<Story> fromStore = new ArrayList<>();
        final List<EnrichedArticle> articles = articles();
        for (int i = 0; i < articles.size(); i++) {
            fromMemory.add(memory.assign(articles.get(i)));
            // A new index over the same entries for every article: as after a restart from the changelog.
            fromStore.add(new StoryIndex(new SerializedStoryState(store), StoryOptions.DEFAULT).assign(articles.get(i)));
        }

        assertEquals(fromMemory, fromStore);
        assertEquals("a1", fromStore.get(2).duplicateOf());
        assertEquals("a3", fromStore.get(4).id(), "a month later the March story was evicted");
        final SerializedStoryState state = new SerializedStoryState(store);
        assertEquals(memory.state().storyCount(), state.storyCount());
        assertNull(state.story("a1"));
        assertNull(state.article("a2"));
        assertEquals("a3", state.oldestStory());
    }

    @Test
    void ordersStoriesByTimeAcrossTheEpoch() {
        final SerializedStoryState state = new SerializedStoryState(new TreeMap<>());
        for (long time : new long[] {5_000L, -3_000L, 0L, 1_700_000_000_000L}) {
            state.putStory(new StoryRecord("s" + time, "t", time, time, java.util.Map.of(), List.of(), List.of(), 1,
                    java.util.Set.of(), null));
        }
        assertEquals(List.of("s-3000", "s0", "s5000"), state.storiesLastSeenBefore(1_000_000L, 10));
        assertEquals(List.of("s-3000"), state.storiesLastSeenBefore(0L, 10));
        assertEquals("s-3000", state.oldestStory());
        state.removeStory("s-3000");
        assertEquals(3, state.storyCount());
    }
    @Test
    void aStorySeenBeforeAnEmptyLookupIsStillFoundByTheNext() {
        final SerializedStoryState state = new SerializedStoryState(new TreeMap<>());
        state.putStory(story("late", 10_000L));
        assertEquals(List.of(), state.storiesLastSeenBefore(5_000L, 10), "nothing before 5000: no scan until then");
        assertEquals(List.of(), state.storiesLastSeenBefore(4_000L, 10));
        // An article published earlier than the others starts a story last seen before the empty lookup.
        state.putStory(story("early", 1_000L));
        assertEquals(List.of("early"), state.storiesLastSeenBefore(2_000L, 10));
        state.removeStory("early");
        assertEquals(List.of("late"), state.storiesLastSeenBefore(20_000L, 10));
        // A story seen again moves on: its old time is no longer listed.
        state.putStory(story("late", 30_000L));
        assertEquals(List.of(), state.storiesLastSeenBefore(20_000L, 10));
        assertEquals(List.of("late"), state.storiesLastSeenBefore(40_000L, 10));
    }

    private static StoryRecord story(final String id, final long lastSeen) {
        return new StoryRecord(id, "t", lastSeen, lastSeen, java.util.Map.of(), List.of(), List.of(), 1,
                java.util.Set.of(), null);
    }
}
