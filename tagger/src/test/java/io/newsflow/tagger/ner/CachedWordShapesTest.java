package io.newsflow.tagger.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import edu.stanford.nlp.process.WordShapeClassifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CachedWordShapesTest {

    private static final int SHAPER = WordShapeClassifier.lookupShaper("chris2useLC");

    @Test
    void givesTheShapesCoreNlpGives() {
        final CachedWordShapes shapes = new CachedWordShapes(SHAPER, 64);
        final Set<String> known = new HashSet<>(Set.of("talks", "minister"));
        for (int round = 0; round < 2; round++) {
            for (String word : List.of("Geneva", "talks", "UN-brokered", "5+5", "Talks", "2020", "al-Sarraj", "")) {
                assertEquals(WordShapeClassifier.wordShape(word, SHAPER, known), shapes.shape(word, known, false), word);
            }
        }
    }

    @Test
    void computesAShapeAgainOnceTheKnownWordsHaveGrown() {
        final CachedWordShapes shapes = new CachedWordShapes(SHAPER, 64);
        final Set<String> known = new HashSet<>();
        final String before = shapes.shape("Apple", known, false);
        known.add("apple");
        final String after = shapes.shape("Apple", known, false);
        assertNotEquals(before, after, "a capitalized word whose lower case is known has another shape");
        assertEquals(WordShapeClassifier.wordShape("Apple", SHAPER, known), after);
        assertSame(after, shapes.shape("Apple", known, false), "remembered while the known words stay as they are");
    }

    @Test
    void internsWhenCoreNlpWould() {
        final CachedWordShapes shapes = new CachedWordShapes(SHAPER, 64);
        final String shape = shapes.shape("Tripoli", Set.of(), true);
        assertSame(shape.intern(), shape);
    }

    @Test
    void twoWordsSharingAPlaceAreBothKept() {
        // Two places per word: with two places in all, every word lands on the same pair.
        final CachedWordShapes shapes = new CachedWordShapes(SHAPER, 2);
        final Set<String> known = Set.of();
        final String first = shapes.shape("Sirte", known, false);
        final String second = shapes.shape("sirte", known, false);
        assertSame(first, shapes.shape("Sirte", known, false));
        assertSame(second, shapes.shape("sirte", known, false));
    }

    @Test
    void aLongWordIsShapedButNotKept() {
        final CachedWordShapes shapes = new CachedWordShapes(SHAPER, 64);
        final String longWord = "Tripoli".repeat(20);
        final String first = shapes.shape(longWord, Set.of(), false);
        assertEquals(WordShapeClassifier.wordShape(longWord, SHAPER, Set.of()), first);
        assertNotSame(first, shapes.shape(longWord, Set.of(), false), "computed again");
    }
}
