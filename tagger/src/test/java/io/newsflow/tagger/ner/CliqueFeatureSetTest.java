package io.newsflow.tagger.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The indices come out in exactly the order CoreNLP's {@code HashSet(100)} would iterate the names. */
class CliqueFeatureSetTest {

    private final Random random = new Random(11);

    @Test
    void matchesTheHashSetOrderForSmallAndResizedSets() {
        for (int round = 0; round < 300; round++) {
            final List<String> added = new ArrayList<>();
            final int count = random.nextInt(400);
            for (int i = 0; i < count; i++) {
                // Repeats on purpose: a set keeps the first.
                added.add(random.nextInt(5) == 0 && !added.isEmpty() ? added.get(random.nextInt(added.size())) : name());
            }
            assertSameOrder(added, index(added, 0.8));
        }
    }

    @Test
    void matchesTheHashSetOrderWhenABucketWouldBecomeATree() {
        // All 2^5 strings built from "Aa" and "BB" share one hash code, so one bucket gets all of them.
        final List<String> added = new ArrayList<>();
        for (int bits = 0; bits < 32; bits++) {
            final StringBuilder name = new StringBuilder();
            for (int b = 0; b < 5; b++) {
                name.append((bits >> b & 1) == 0 ? "Aa" : "BB");
            }
            added.add(name.toString());
            added.add(name());
        }
        assertSameOrder(added, index(added, 0.7));
    }

    @Test
    void startsAfreshAfterClear() {
        final List<String> first = List.of("x-WORD|C", "y-WORD|C");
        final List<String> second = List.of("y-WORD|C", "z-WORD|C");
        final FeatureTable table = FeatureTable.of(new HashIndex<>(List.of("x-WORD|C", "y-WORD|C", "z-WORD|C")));
        final CliqueFeatureSet set = new CliqueFeatureSet(table);
        set.addAll(first);
        set.clear();
        set.addAll(second);
        assertEquals(2, set.size());
        final int[] out = new int[2];
        assertEquals(2, set.appendKnownIndices(out, 0));
        assertEquals(Set.of(1, 2), Set.of(out[0], out[1]));
    }

    private void assertSameOrder(final List<String> added, final Index<String> known) {
        final Set<String> hashSet = new HashSet<>(100);
        hashSet.addAll(added);
        final int[] expected = hashSet.stream().mapToInt(known::indexOf).filter(i -> i >= 0).toArray();

        final CliqueFeatureSet set = new CliqueFeatureSet(FeatureTable.of(known));
        set.add("left over from the previous clique");
        set.clear();
        added.forEach(set::add);
        assertEquals(hashSet.size(), set.size());
        final int[] out = new int[3 + set.size()];
        final int end = set.appendKnownIndices(out, 3);
        assertArrayEquals(expected, Arrays.copyOfRange(out, 3, end));
    }

    /** An index that knows about {@code share} of the names, plus names never added. */
    private Index<String> index(final List<String> names, final double share) {
        final Index<String> known = new HashIndex<>();
        for (int i = 0; i < 50; i++) {
            known.add(name());
        }
        for (String n : names) {
            if (random.nextDouble() < share) {
                known.add(n);
            }
        }
        return known;
    }

    private String name() {
        final StringBuilder name = new StringBuilder();
        final int length = 1 + random.nextInt(20);
        for (int i = 0; i < length; i++) {
            name.append((char) ('a' + random.nextInt(26)));
        }
        return name.append(random.nextBoolean() ? "-WORD|C" : "-PSEQ|CpC").toString();
    }
}
