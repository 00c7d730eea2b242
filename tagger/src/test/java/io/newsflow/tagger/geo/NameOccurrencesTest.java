package io.newsflow.tagger.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameOccurrencesTest {

    @Test
    void findsWholeWordsAsWrittenOrInCapitalsInTextOrder() {
        final NameOccurrences finder = new NameOccurrences(List.of("York", "New York", "Sirte"));
        final String text = "From New York to Yorkshire, NEW YORK and SIRTE; Sirte2 is not Sirte.";
        assertEquals(List.of(new NameOccurrences.Occurrence(1, 5, 13), new NameOccurrences.Occurrence(0, 9, 13),
                        new NameOccurrences.Occurrence(1, 28, 36), new NameOccurrences.Occurrence(0, 32, 36),
                        new NameOccurrences.Occurrence(2, 41, 46), new NameOccurrences.Occurrence(2, 62, 67)),
                finder.in(text));
    }

    @Test
    void aFloodOfNamesSharingAFirstWordIsCut() {
        final List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < 100; i++) {
            names.add("New Town" + i);
        }
        final NameOccurrences finder = new NameOccurrences(names);
        assertEquals(1, finder.in("to New Town0 today").size());
        assertTrue(finder.in("to New Town99 today").isEmpty(), "only the first names per first word are tried");
    }
}
