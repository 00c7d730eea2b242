package io.newsflow.tagger.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HeaviestTest {

    /** The plain definition: every entry sorted, heaviest first, ties by key, the first {@code max} kept. */
    private static List<Map.Entry<String, Double>> sortedAll(final Map<String, Double> weights, final int max) {
        final List<Map.Entry<String, Double>> all = new ArrayList<>(weights.entrySet());
        all.sort(Heaviest.ORDER);
        return all.subList(0, Math.min(max, all.size()));
    }

    @Test
    void keepsTheSameEntriesInTheSameOrderAsSortingThemAll() {
        final Random random = new Random(42);
        for (int round = 0; round < 500; round++) {
            final Map<String, Double> weights = new HashMap<>();
            final int size = random.nextInt(300);
            for (int i = 0; i < size; i++) {
                // Few distinct weights, so that ties at the cut are common.
                weights.put("w" + random.nextInt(1000), (double) random.nextInt(round % 2 == 0 ? 5 : 1000) / 7);
            }
            final int max = 1 + random.nextInt(64);
            assertEquals(sortedAll(weights, max), Heaviest.of(weights, max), "round " + round);
        }
    }

    @Test
    void aSmallMapIsSortedWhole() {
        final Map<String, Double> weights = Map.of("b", 1.0, "a", 1.0, "c", 2.0);
        assertEquals(List.of(Map.entry("c", 2.0), Map.entry("a", 1.0), Map.entry("b", 1.0)),
                Heaviest.of(weights, 5).stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
    }
}
