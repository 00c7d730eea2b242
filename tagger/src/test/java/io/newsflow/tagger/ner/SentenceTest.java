package io.newsflow.tagger.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.Mention;
import io.newsflow.tagger.limits.TaggingLimits;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceTest {

    @Test
    void aSentenceNeverCrossesALineBreak() {
        final List<Sentence> sentences = Sentence.split(Mention.BODY, "TALKS RESUME\nEnvoys met in Geneva. They left.");
        assertEquals(List.of("TALKS RESUME", "Envoys met in Geneva .", "They left ."),
                sentences.stream().map(s -> String.join(" ", s.words())).toList());
    }

    @Test
    void aLongRunWithoutSpacesIsLeftOutAndTheOffsetsAroundItHold() {
        final String run = "&amp;".repeat(1_000);
        final String text = "Envoys met in Geneva " + run + " and left for Tripoli.";
        final List<Sentence> sentences = Sentence.split(Mention.BODY, text);
        final List<String> words = sentences.stream().flatMap(s -> List.of(s.words()).stream()).toList();
        assertEquals(List.of("Envoys", "met", "in", "Geneva", "and", "left", "for", "Tripoli", "."), words);
        final Sentence last = sentences.get(sentences.size() - 1);
        final int tripoli = List.of(last.words()).indexOf("Tripoli");
        assertEquals("Tripoli", text.substring(last.start(tripoli), last.end(tripoli)));
    }

    @Test
    void aRunAtTheLimitIsStillTokenized() {
        final String word = "x".repeat(TaggingLimits.MAX_TOKEN_RUN_CHARS);
        assertEquals(1, Sentence.split(Mention.BODY, word).size());
        assertEquals(0, Sentence.split(Mention.BODY, word + "x").size());
    }

    @Test
    void aSentenceLongerThanTheLimitIsCutIntoPieces() {
        final int words = TaggingLimits.MAX_SENTENCE_TOKENS * 2 + 5;
        final List<Sentence> sentences = Sentence.split(Mention.BODY, "Geneva ".repeat(words));
        assertEquals(List.of(TaggingLimits.MAX_SENTENCE_TOKENS, TaggingLimits.MAX_SENTENCE_TOKENS, 5),
                sentences.stream().map(Sentence::size).toList());
        assertTrue(sentences.stream().allMatch(s -> s.word(0).equals("Geneva")));
    }

    @Test
    void aFloodOfNamesKeepsTheFirstMentionsOfEachAndSaysSo() {
        final String body = "Stephanie Williams met Khalifa Haftar in Geneva. ".repeat(TaggingLimits.MAX_MENTIONS_PER_ENTITY + 20);
        final EntityTags tags = NewsEntityTagger.load().tag("Talks", body);
        assertEquals(TaggingLimits.MAX_MENTIONS_PER_ENTITY, tags.people().get(0).mentions().size());
        assertEquals(0, tags.people().get(0).mentions().get(0).start());
        assertEquals(List.of("mentionsPerEntity"), tags.limits());
    }
}
