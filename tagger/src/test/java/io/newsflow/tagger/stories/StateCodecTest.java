package io.newsflow.tagger.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.BufferUnderflowException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The binary entries read back as written, and a centroid scores as the cosine it stands for. */
class StateCodecTest {

    @Test
    void anArticleReadsBackAsWrittenWithAndWithoutItsOptionalFields() {
        final Fingerprint fingerprint = Fingerprint.of(StoryArticles.FIRE);
        final ArticleRecord copy = new ArticleRecord("a2", "a1", 1_772_438_400_000L, "a1", 0.873, fingerprint,
                "Blaze at Valdora — ünïcode", "Wire", "2026-03-02T10:00:00Z");
        final ArticleRecord read = StateCodec.article(StateCodec.article(copy));
        assertEquals(copy.id(), read.id());
        assertEquals(copy.storyId(), read.storyId());
        assertEquals(copy.time(), read.time());
        assertEquals(copy.duplicateOf(), read.duplicateOf());
        assertEquals(copy.similarity(), read.similarity());
        assertArrayEquals(fingerprint.signature(), read.fingerprint().signature());
        assertEquals(fingerprint.shingles(), read.fingerprint().shingles());
        assertEquals(copy.title(), read.title());
        assertEquals(copy.source(), read.source());
        assertEquals(copy.publishedAt(), read.publishedAt());

        final ArticleRecord bare = StateCodec.article(StateCodec.article(new ArticleRecord("a1", "a1", -5L, null, null,
                fingerprint, null, null, null)));
        assertNull(bare.duplicateOf());
        assertNull(bare.similarity());
        assertNull(bare.title());
        assertEquals(-5L, bare.time());
    }

    @Test
    void aStoryReadsBackAsWritten() {
        final StoryTags tags = new StoryTags(List.of("Wire"), List.of("Ilse Marquardt"), List.of("Valdora Terminals"),
                List.of("Valdora"), List.of("economic"), true);
        final StoryRecord story = new StoryRecord("s1", "Fire shuts Valdora port", 10L, 20L,
                Map.of("p:ilse marquardt", 3.0, "w:barley", 0.25), List.of("XV"), List.of("s1", "s2"), 3,
                Set.of("p:ilse marquardt", "w:barley"), tags);
        final byte[] entry = StateCodec.story(story);
        final List<Integer> asked = new java.util.ArrayList<>();
        final StateCodec.StoryParts parts = new StateCodec.StoryParts() {
            @Override
            public List<String> articleIds(final int count) {
                asked.add(count);
                return List.of("s1", "s2");
            }

            @Override
            public Set<String> indexed() {
                return Set.copyOf(StateCodec.ids(StateCodec.ids(List.copyOf(story.indexed()))));
            }

            @Override
            public StoryTags tags() {
                return StateCodec.tags(StateCodec.tags(tags));
            }
        };
        assertEquals(story, StateCodec.story(entry, parts));
        assertEquals(List.of(2), asked, "the entry holds the number of ids, the state their chunks");
        assertFalse(StateCodec.partsInline(entry));
    }

    @Test
    void aStoryOfTheFirstFormReadsWithItsIdsInline() {
        final byte[] entry = firstFormStory("s1", List.of("s1", "s2"));
        assertTrue(StateCodec.partsInline(entry));
        final StoryRecord read = StateCodec.story(entry, null);
        assertEquals(List.of("s1", "s2"), read.articleIds());
        assertEquals(Map.of("w:barley", 0.25), read.centroid());
        assertEquals(List.of("XV"), read.countries());
        assertEquals(7, read.articleCount());
        assertEquals(Set.of("w:barley"), read.indexed());
        assertEquals(List.of("Wire"), read.tags().sources());
        assertTrue(read.tags().talks());
    }

    /** A story entry as the first form wrote it: version 1, the article ids inline after the countries. */
    static byte[] firstFormStory(final String id, final List<String> articleIds) {
        final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        final java.io.DataOutputStream out = new java.io.DataOutputStream(bytes);
        try {
            out.writeByte(1);
            string(out, id);
            string(out, "Fire");
            out.writeLong(10L);
            out.writeLong(20L);
            out.writeInt(1);
            string(out, "w:barley");
            out.writeDouble(0.25);
            strings(out, List.of("XV"));
            strings(out, articleIds);
            out.writeInt(7);
            strings(out, List.of("w:barley"));
            strings(out, List.of("Wire"));
            for (int i = 0; i < 4; i++) {
                strings(out, List.of());
            }
            out.writeInt(1);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void strings(final java.io.DataOutputStream out, final List<String> values) throws java.io.IOException {
        out.writeInt(values.size());
        for (String v : values) {
            string(out, v);
        }
    }

    private static void string(final java.io.DataOutputStream out, final String s) throws java.io.IOException {
        final byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    @Test
    void idListsReadBackInOrder() {
        assertEquals(List.of("b", "a", "c"), StateCodec.ids(StateCodec.ids(List.of("b", "a", "c"))));
        assertEquals(List.of(), StateCodec.ids(StateCodec.ids(List.of())));
        assertEquals(List.of(), StateCodec.ids((byte[]) null));
    }

    @Test
    void aCentroidReadsBackAndScoresTheCosineOfTheVectorsItStandsFor() {
        final Map<String, Double> centroid = new LinkedHashMap<>();
        centroid.put("p:ilse marquardt", 3.0);
        centroid.put("w:harbour", 1.2);
        centroid.put("c:XV", 1.5);
        centroid.put("w:barley", 0.4);
        final StoryRecord story = new StoryRecord("s1", "Fire", 10L, 20L, centroid, List.of("XV", "XW"), List.of("s1"),
                1, Set.of(), null);
        final StoryCentroid read = StateCodec.centroid(StateCodec.centroid(StoryCentroid.of(story)));
        assertEquals(10L, read.firstSeen());
        assertEquals(20L, read.lastSeen());
        assertEquals(List.of("XV", "XW"), read.countries());

        final Map<String, Double> article = new LinkedHashMap<>();
        article.put("w:harbour", 0.6);
        article.put("p:ilse marquardt", 0.7);
        article.put("w:grain", 0.3873);
        final double norm = Math.sqrt(centroid.values().stream().mapToDouble(v -> v * v).sum());
        final double expected = (1.2 * 0.6 + 3.0 * 0.7) / norm;
        assertEquals(expected, read.cosine(StoryCentroid.ofVector(article)), 1e-12);
        assertEquals(0.0, read.cosine(StoryCentroid.ofVector(Map.of("w:orchestra", 1.0))), 0.0);
    }

    @Test
    void aTruncatedOrForeignEntryIsRefused() {
        final byte[] entry = StateCodec.ids(List.of("a1", "a2"));
        assertThrows(BufferUnderflowException.class, () -> StateCodec.ids(Arrays.copyOf(entry, entry.length - 1)));
        assertThrows(IllegalStateException.class, () -> StateCodec.ids("[\"a1\"]".getBytes(StandardCharsets.UTF_8)));
    }
}
