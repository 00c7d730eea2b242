package io.newsflow.tagger.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatureTableTest {

    @Test
    void answersEveryLookupAsTheHashIndex() {
        final Random random = new Random(7);
        final Index<String> names = new HashIndex<>();
        // "Aa" and "BB" share a hash code, so do all strings built from them: the table must tell them apart.
        names.addAll(List.of("Aa", "BB", "AaAa", "AaBB", "BBAa", "Łódź-WORD|C", "Zoë-PSEQ|CpC", "", "x".repeat(300)));
        for (int i = 0; i < 20_000; i++) {
            names.add(randomName(random));
        }
        final FeatureTable table = FeatureTable.of(names);

        assertEquals(names.size(), table.size());
        for (int i = 0; i < names.size(); i++) {
            assertEquals(i, table.indexOf(names.get(i)));
            assertEquals(i, table.indexOf(new String(names.get(i).toCharArray())), "a fresh copy of the name");
            assertEquals(names.get(i), table.get(i));
        }
        final List<String> absent = new ArrayList<>(List.of("BBBB", "Aa ", "aA", "Łódź-WORD|c", "Zoe-PSEQ|CpC", "x".repeat(299)));
        for (int i = 0; i < 20_000; i++) {
            absent.add(randomName(random));
        }
        for (String name : absent) {
            assertEquals(names.indexOf(name), table.indexOf(name), name);
        }
        assertEquals(-1, table.indexOf(null));
        assertFalse(table.contains("BBBB"));
        assertTrue(table.contains("AaBB"));
    }

    @Test
    void isReadOnly() {
        final Index<String> names = new HashIndex<>(List.of("a", "b"));
        final FeatureTable table = FeatureTable.of(names);
        assertThrows(UnsupportedOperationException.class, () -> table.add("c"));
        assertThrows(UnsupportedOperationException.class, () -> table.addToIndex("c"));
        assertEquals(1, table.addToIndex("b"));
        assertTrue(table.isLocked());
        assertEquals(List.of("a", "b"), table.objectsList());
    }

    private static String randomName(final Random random) {
        final StringBuilder name = new StringBuilder();
        final int length = 1 + random.nextInt(30);
        for (int i = 0; i < length; i++) {
            name.append(random.nextInt(10) == 0 ? (char) ('À' + random.nextInt(300)) : (char) ('a' + random.nextInt(26)));
        }
        return name.append("-FEAT|C").toString();
    }
}
