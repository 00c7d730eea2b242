package io.newsflow.tagger.stories;

import static io.newsflow.tagger.stories.StoryArticles.FIRE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FingerprintTest {

    @Test
    void aTrimmedCopyWithBoilerplateIsContainedInTheOriginal() {
        final Fingerprint original = Fingerprint.of(FIRE);
        final Fingerprint copy = Fingerprint.of(StoryIndexTest.syndicated());

        assertTrue(copy.containment(original) >= 0.7, "containment " + copy.containment(original));
        assertTrue(copy.jaccard(original) < copy.containment(original));
    }

    @Test
    void caseAndPunctuationDoNotMatter() {
        assertEquals(Fingerprint.of(FIRE), Fingerprint.of(FIRE.toUpperCase(java.util.Locale.ROOT)
                .replace(",", " ,").replace("'", "\u2019")));
    }

    @Test
    void unrelatedTextsShareAlmostNothing() {
        final Fingerprint other = Fingerprint.of("The orchestra announced its summer season with three premieres,"
                + " a cycle of symphonies and an open-air concert in the botanical gardens, conducted by its new"
                + " music director, who arrives from abroad in the spring to begin rehearsals with the players.");
        assertTrue(Fingerprint.of(FIRE).containment(other) < 0.2);
    }

    @Test
    void aMebibyteOfWordsIsReadOnlyUpToTheCap() {
        final StringBuilder huge = new StringBuilder(1 << 20);
        int i = 0;
        while (huge.length() < (1 << 20)) {
            huge.append("word").append(i++ % 9973).append(' ');
        }
        final List<String> words = Words.of(huge.toString(), Fingerprint.MAX_WORDS);
        assertEquals(Fingerprint.MAX_WORDS, words.size());
        final String prefix = String.join(" ", words);
        assertEquals(Fingerprint.of(prefix), Fingerprint.of(huge.toString()),
                "only the first words are fingerprinted, whatever follows");

        final StoryIndex index = StoryIndex.inMemory(StoryOptions.DEFAULT);
        final var story = index.assign(StoryArticles.article("huge", "t", huge.toString(), "2026-01-01",
                List.of(), List.of(), List.of()));
        assertEquals("huge", story.id());
        assertTrue(ArticleFeatures.of(StoryArticles.article("huge", "t", huge.toString(), null, List.of(), List.of(),
                List.of()), new WordRarity(new InMemoryStoryState())).vector().size() <= ArticleFeatures.MAX_FEATURES);
    }

    /**
     * The signature is kept in the store, so the fast way it is computed (ASCII lower-cased while reading,
     * shingles de-duplicated by sorting) must give what the plain definition gives, letters outside ASCII
     * and repeated shingles included.
     */
    @Test
    void theSignatureIsThatOfThePlainDefinition() {
        final List<String> texts = List.of(FIRE, StoryIndexTest.syndicated(), "",  "one", "two words",
                "ΟΔΥΣΣΕΥΣ sailed home; the ΣΕΙΡΗΝΕΣ sang. İstanbul, ISTANBUL and Straße met Ærø's FJORD.",
                "the same three words the same three words the same three words again",
                "Ünïcödé Wörds ÀND ascii WORDS mixed: Ĳssel, ǅemal, ǈubljana. " + FIRE);
        for (String text : texts) {
            assertEquals(plain(text), Fingerprint.of(text), text);
        }
    }

    /** The definition: lower-case each word with String.toLowerCase(ROOT), hash each distinct shingle once. */
    private static Fingerprint plain(final String text) {
        final List<String> words = new java.util.ArrayList<>();
        final StringBuilder word = new StringBuilder();
        for (int i = 0; i <= text.length() && words.size() < Fingerprint.MAX_WORDS; i++) {
            final char c = i < text.length() ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                if (word.length() < 64) {
                    word.append(c);
                }
            } else if (c != '\'' && c != '\u2019' && word.length() > 0) {
                words.add(word.toString().toLowerCase(java.util.Locale.ROOT));
                word.setLength(0);
            }
        }
        final int[] signature = new int[Fingerprint.SLOTS];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        final java.util.Set<Long> seen = new java.util.HashSet<>();
        final int n = words.size();
        for (int i = 0; i <= Math.max(0, n - Fingerprint.SHINGLE) && n > 0; i++) {
            long h = 0x9E3779B97F4A7C15L;
            for (int j = i; j < Math.min(n, i + Fingerprint.SHINGLE); j++) {
                h = Fingerprint.mix(h ^ words.get(j).hashCode());
            }
            if (seen.add(h)) {
                long seed = 0x5DEECE66DL;
                for (int s = 0; s < Fingerprint.SLOTS; s++) {
                    seed = Fingerprint.mix(seed);
                    signature[s] = Math.min(signature[s], (int) (Fingerprint.mix(h ^ seed) >>> 33));
                }
            }
        }
        return new Fingerprint(signature, seen.size());
    }
}
