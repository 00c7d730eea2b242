package io.newsflow.tagger.tracks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private final SentenceSplitter splitter = new SentenceSplitter(Set.of("mr", "gen", "dr"));

    private List<String> sentences(final String text) {
        final int[] spans = splitter.split(text);
        final List<String> out = new ArrayList<>();
        for (int k = 0; k < spans.length; k += 2) {
            out.add(text.substring(spans[k], spans[k + 1]));
        }
        return out;
    }

    @Test
    void splitsOnFullStopsQuestionsAndExclamations() {
        assertEquals(List.of("Talks began.", "Will they last?", "Nobody knows!"),
                sentences("Talks began. Will they last? Nobody knows!"));
    }

    @Test
    void dottedAcronymsDoNotSplit() {
        assertEquals(List.of("U.N. organizers say the former U.S. State Department official will attend."),
                sentences("U.N. organizers say the former U.S. State Department official will attend."));
    }

    @Test
    void dottedAcronymEndsASentenceBeforeASentenceStarter() {
        assertEquals(List.of("The envoy flew to the U.S.", "The talks resume today."),
                sentences("The envoy flew to the U.S. The talks resume today."));
    }

    @Test
    void abbreviationsInitialsAndDecimalsDoNotSplit() {
        assertEquals(List.of("Mr. Smith met Gen. Jones and George W. Bush on a 1.5 hour call."),
                sentences("Mr. Smith met Gen. Jones and George W. Bush on a 1.5 hour call."));
    }

    @Test
    void quotesStayWithTheirSentence() {
        assertEquals(List.of("He said: \"We want a cease-fire.\"", "Then he left."),
                sentences("He said: \"We want a cease-fire.\" Then he left."));
    }

    @Test
    void lineBreaksEndHeadingsButNotWrappedLines() {
        assertEquals(List.of("Libya talks", "The meeting began on Monday and\nwent on late."),
                sentences("Libya talks\nThe meeting began on Monday and\nwent on late."));
        assertEquals(List.of("One.", "Two"), sentences("One.\n\nTwo"));
    }

    @Test
    void trimsAndSkipsBlankText() {
        assertEquals(List.of("Only one"), sentences("  \n Only one \n\n "));
        assertEquals(List.of(), sentences("   "));
    }
}
