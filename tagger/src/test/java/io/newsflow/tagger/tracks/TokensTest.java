package io.newsflow.tagger.tracks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static List<String> lower(final String text) {
        final Tokens tokens = Tokens.of(text);
        final List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(tokens.lower(i));
        }
        return out;
    }

    @Test
    void splitsHyphensDropsPossessivesAndKeepsAcronymsWhole() {
        assertEquals(List.of("libya", "warring", "sides", "agreed", "a", "cease", "fire"),
                lower("Libya's warring sides agreed a cease-fire."));
        assertEquals(List.of("the", "un", "brokered", "talks", "in", "the", "us"),
                lower("the U.N.-brokered talks in the U.S."));
    }

    @Test
    void offsetsPointAtTheWordsAsWritten() {
        final String text = "Talks, in Geneva's U.N. office.";
        final Tokens tokens = Tokens.of(text);
        assertEquals("Geneva", text.substring(tokens.start(2), tokens.end(2)));
        assertEquals("U.N.", text.substring(tokens.start(3), tokens.end(3)));
        assertTrue(tokens.capitalized(0));
        assertFalse(tokens.capitalized(4));
        assertEquals(3, tokens.firstAtOrAfter(text.indexOf("U.N.")));
    }

    @Test
    void stemsFoldInflections() {
        assertEquals(Stemmer.stem("force"), Stemmer.stem("forces"));
        assertEquals(Stemmer.stem("negotiate"), Stemmer.stem("negotiating"));
        assertEquals(Stemmer.stem("negotiate"), Stemmer.stem("negotiated"));
        assertEquals(Stemmer.stem("economy"), Stemmer.stem("economies"));
        assertEquals(Stemmer.stem("tax"), Stemmer.stem("taxes"));
        assertEquals(Stemmer.stem("plan"), Stemmer.stem("planned"));
        assertEquals(Stemmer.stem("fight"), Stemmer.stem("fought"));
        assertEquals("business", Stemmer.stem("business"));
        assertEquals("crisis", Stemmer.stem("crisis"));
        assertEquals("inn", Stemmer.stem("innings"), "a stem never shrinks to a function word");
    }
}
