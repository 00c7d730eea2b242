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
}
