package io.newsflow.tagger.stories;

import static io.newsflow.tagger.stories.StoryArticles.FIRE;
import static io.newsflow.tagger.stories.StoryArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

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

    @Test
    void aStorysIdsAreKeptInChunksAndAnArticleJoiningRewritesTheLastOnly() {
        final List<String> written = new ArrayList<>();
        final TreeMap<String, byte[]> map = recording(written);
        final SerializedStoryState state = new SerializedStoryState(map);
        final List<String> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            ids.add("article-" + i);
        }
        state.putStory(story("big", 1_000L, ids));
        assertEquals(List.of("i/big/0", "i/big/1", "i/big/2"), chunkKeys(written));

        written.clear();
        ids.add("article-150");
        state.putStory(story("big", 2_000L, ids));
        assertEquals(List.of("i/big/2"), chunkKeys(written), "the new id goes into the last chunk alone");
        assertEquals(ids, new SerializedStoryState(map).story("big").articleIds(), "read back after a restart");

        written.clear();
        state.putStory(story("big", 3_000L, ids));
        assertEquals(List.of(), chunkKeys(written), "same ids, no chunk written");

        // A retraction in the first chunk rewrites every chunk after it; one fewer chunk is deleted.
        final List<String> fewer = new ArrayList<>(ids.subList(0, 128));
        fewer.remove("article-3");
        state.putStory(story("big", 4_000L, fewer));
        assertEquals(fewer, new SerializedStoryState(map).story("big").articleIds());
        assertEquals(List.of("i/big/0", "i/big/1"), keysFrom(map, "i/"));

        state.removeStory("big");
        for (String prefix : List.of("s/", "i/", "k/", "g/", "v/")) {
            assertEquals(List.of(), keysFrom(map, prefix), prefix);
        }
    }

    @Test
    void aStorysIndexedFeaturesAndTagsAreWrittenOnlyWhenTheyChange() {
        final List<String> written = new ArrayList<>();
        final TreeMap<String, byte[]> map = recording(written);
        final SerializedStoryState state = new SerializedStoryState(map);
        final StoryTags tags = new StoryTags(List.of("Wire"), List.of("Ilse Marquardt"), List.of(), List.of("Valdora"),
                List.of("economic"), true);
        state.putStory(story("s1", 1_000L, List.of("a1"), java.util.Set.of("p:ilse marquardt"), tags));
        assertEquals(List.of("k/s1", "g/s1"), partKeys(written));

        written.clear();
        state.putStory(story("s1", 2_000L, List.of("a1", "a2"), java.util.Set.of("p:ilse marquardt"), tags));
        assertEquals(List.of(), partKeys(written), "same features and tags: neither written");

        written.clear();
        final StoryTags more = new StoryTags(List.of("Wire", "Courier"), tags.people(), List.of(), tags.places(),
                tags.tracks(), true);
        state.putStory(story("s1", 3_000L, List.of("a1", "a2", "a3"), java.util.Set.of("p:ilse marquardt", "w:grain"),
                more));
        assertEquals(List.of("k/s1", "g/s1"), partKeys(written));
        final StoryRecord read = new SerializedStoryState(map).story("s1");
        assertEquals(java.util.Set.of("p:ilse marquardt", "w:grain"), read.indexed());
        assertEquals(more, read.tags());
        assertEquals(List.of("a1", "a2", "a3"), read.articleIds());
    }

    @Test
    void aStoryOfTheFirstFormWithItsPartsInlineIsReadAndWrittenApart() {
        final TreeMap<String, byte[]> map = new TreeMap<>();
        map.put("s/old", StateCodecTest.firstFormStory("old", List.of("a1", "a2", "a3")));
        final SerializedStoryState state = new SerializedStoryState(map);
        final StoryRecord old = state.story("old");
        assertEquals(List.of("a1", "a2", "a3"), old.articleIds());

        final StoryRecord joined = new StoryRecord("old", old.title(), old.firstSeen(), 2_000L, old.centroid(),
                old.countries(), List.of("a1", "a2", "a3", "a4"), old.articleCount() + 1, old.indexed(), old.tags());
        state.putStory(joined);
        assertEquals(joined, new SerializedStoryState(map).story("old"),
                "the first write in the new form writes every part, unchanged ones too");
    }

    @Test
    void aStoryWhoseChunksAreMissingIsADamagedState() {
        final TreeMap<String, byte[]> map = new TreeMap<>();
        new SerializedStoryState(map).putStory(story("s1", 1_000L, List.of("a1", "a2")));
        map.remove("i/s1/0");
        final IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new SerializedStoryState(map).story("s1"));
        assertEquals("story s1 has 2 article ids in its state entry but its chunks hold 0", e.getMessage());
        new SerializedStoryState(map).putStory(story("s2", 1_000L, List.of("a3")));
        map.remove("g/s2");
        assertEquals("story s2 has no g/ entry in its state", assertThrows(IllegalStateException.class,
                () -> new SerializedStoryState(map).story("s2")).getMessage());
    }

    /** A sorted map that notes the key of every put. */
    private static TreeMap<String, byte[]> recording(final List<String> written) {
        return new TreeMap<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public byte[] put(final String key, final byte[] value) {
                written.add(key);
                return super.put(key, value);
            }
        };
    }

    private static List<String> chunkKeys(final List<String> written) {
        return written.stream().filter(k -> k.startsWith("i/")).toList();
    }

    private static List<String> partKeys(final List<String> written) {
        return written.stream().filter(k -> k.startsWith("k/") || k.startsWith("g/")).toList();
    }

    private static StoryRecord story(final String id, final long lastSeen, final List<String> articleIds,
            final java.util.Set<String> indexed, final StoryTags tags) {
        return new StoryRecord(id, "t", lastSeen, lastSeen, java.util.Map.of("w:grain", 1.0), List.of("XV"), articleIds,
                articleIds.size(), indexed, tags);
    }

    private static List<String> keysFrom(final TreeMap<String, byte[]> map, final String prefix) {
        return map.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
    }

    private static StoryRecord story(final String id, final long lastSeen, final List<String> articleIds) {
        return new StoryRecord(id, "t", lastSeen, lastSeen, java.util.Map.of(), List.of(), articleIds,
                articleIds.size(), java.util.Set.of(), null);
    }

    private static StoryRecord story(final String id, final long lastSeen) {
        return new StoryRecord(id, "t", lastSeen, lastSeen, java.util.Map.of(), List.of(), List.of(), 1,
                java.util.Set.of(), null);
    }
}
