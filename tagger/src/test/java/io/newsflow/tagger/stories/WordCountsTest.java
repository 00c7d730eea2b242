package io.newsflow.tagger.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The stored word counts equal the in-memory ones after every article, across restarts, folds and halvings. */
class WordCountsTest {

    @Test
    void aRestartAtAnyPointReadsTheCountsOfTheLastArticle() {
        final TreeMap<String, byte[]> store = new TreeMap<>();
        final InMemoryStoryState memory = new InMemoryStoryState();
        SerializedStoryState stored = new SerializedStoryState(store);
        final Random random = new Random(5);
        for (int article = 0; article < 700; article++) {
            final int[] slots = new int[1 + random.nextInt(40)];
            for (int i = 0; i < slots.length; i++) {
                slots[i] = random.nextInt(2048);
            }
            memory.countDocument(slots);
            stored.countDocument(slots);
            if (article == 400) {
                memory.halveFrequencies();
                stored.halveFrequencies();
            }
            if (article % 97 == 0) {
                stored = new SerializedStoryState(store);
            }
        }
        final SerializedStoryState restarted = new SerializedStoryState(store);
        assertEquals(memory.documents(), restarted.documents());
        for (int slot = 0; slot < WordRarity.SLOTS; slot++) {
            assertEquals(memory.documentFrequency(slot), restarted.documentFrequency(slot), "slot " + slot);
        }
        final long logEntries = store.keySet().stream().filter(k -> k.startsWith("l/")).count();
        assertTrue(logEntries < WordCounts.FOLD, "the log is folded every " + WordCounts.FOLD + ": " + logEntries);
    }
}
