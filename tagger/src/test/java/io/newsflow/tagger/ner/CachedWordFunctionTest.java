package io.newsflow.tagger.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import edu.stanford.nlp.process.AmericanizeFunction;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class CachedWordFunctionTest {

    @Test
    void answersAsTheFunctionAndComputesARepeatedWordOnce() {
        final Function<String, String> americanize = new AmericanizeFunction();
        final AtomicInteger calls = new AtomicInteger();
        final CachedWordFunction cached = new CachedWordFunction(w -> {
            calls.incrementAndGet();
            return americanize.apply(w);
        }, 1024);
        final List<String> words = List.of("colour", "programme", "haemoglobin", "Labour", "the", "centre", "organise");
        for (int round = 0; round < 3; round++) {
            for (String word : words) {
                assertEquals(americanize.apply(word), cached.apply(new String(word.toCharArray())), word);
            }
        }
        assertEquals(words.size(), calls.get());
        assertNull(cached.apply(null));
    }

    @Test
    void twoWordsSharingAPlaceBothStay() {
        final AtomicInteger calls = new AtomicInteger();
        // Two places only: every word lands in the same pair.
        final CachedWordFunction cached = upperCase(calls, 2);
        for (int round = 0; round < 5; round++) {
            assertEquals("THIS", cached.apply("this"));
            assertEquals("THAT", cached.apply("that"));
        }
        assertEquals(2, calls.get());
        assertEquals("OTHER", cached.apply("other"));
        assertEquals(3, calls.get());
    }

    @Test
    void aLongWordIsComputedEachTimeAndNotKept() {
        final AtomicInteger calls = new AtomicInteger();
        final CachedWordFunction cached = upperCase(calls, 1024);
        final String longWord = "x".repeat(WordSlots.MAX_KEPT_LENGTH + 1);
        assertEquals(longWord.toUpperCase(Locale.ROOT), cached.apply(longWord));
        assertEquals(longWord.toUpperCase(Locale.ROOT), cached.apply(longWord));
        assertEquals(2, calls.get());
    }

    /** Upper case in a cache of {@code places}, counting the calls that reach the function. */
    private static CachedWordFunction upperCase(final AtomicInteger calls, final int places) {
        return new CachedWordFunction(w -> {
            calls.incrementAndGet();
            return w.toUpperCase(Locale.ROOT);
        }, places);
    }
}
