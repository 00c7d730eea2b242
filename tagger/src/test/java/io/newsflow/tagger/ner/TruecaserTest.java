package io.newsflow.tagger.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TruecaserTest {

    private final Truecaser truecaser = new Truecaser(Lexicon.load());

    @Test
    void wordsTakeTheArticlesCaseThenTheLexiconsThenLowerCase() {
        final List<Sentence> sentences = Sentence.split("body",
                "RIVERSIDE BEAT NORTHGATE IN NEW YORK\nThe Riverside side beat Northgate at home.");
        final Sentence headline = sentences.get(0);
        assertTrue(headline.allCaps());
        assertFalse(sentences.get(1).allCaps());
        final Map<String, String> casing = Truecaser.documentCasing(sentences);
        assertArrayEquals(new String[] {"Riverside", "beat", "Northgate", "in", "New", "York"},
                truecaser.truecase(headline, casing));
    }

    @Test
    void shortUnknownWordsStayAcronymsAndHyphenatedNamesCapitalizeEachPart() {
        final Sentence s = Sentence.split("title", "NBP HOLDS RATES").get(0);
        assertEquals("NBP", truecaser.truecase(s, Map.of())[0]);
        assertEquals("Al-Akhbar", Truecaser.capitalize("al-akhbar"));
        assertEquals("O'Neill", Truecaser.capitalize("o'neill"));
    }

    @Test
    void aTableInCapitalsIsLeftToTheCrf() {
        final List<Sentence> table = Sentence.split("body", "NORTHGATE 5 3 1 1\nHARBOUR TOWN 5 3 2 0\nNote - final");
        assertFalse(Truecaser.hasMixedCase(table));
    }
}
