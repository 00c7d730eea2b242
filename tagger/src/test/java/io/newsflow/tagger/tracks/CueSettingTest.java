package io.newsflow.tagger.tracks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CueSettingTest {

    private static final List<String> CONTEXTS = List.of("sport");

    /** The index of the first token written {@code word}. */
    private static int at(final Tokens tokens, final String word) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.lower(i).equals(word)) {
                return i;
            }
        }
        throw new AssertionError(word + " not in the text");
    }

    @Test
    void speechOfFourWordsOrMoreIsQuotedAScareQuoteIsNot() {
        final String text = "The envoy said: \"We will keep the troops at the border.\" Critics called it a 'roadmap' "
                + "and the \"peace plan\" a hope.";
        final Tokens tokens = Tokens.of(text);
        final CueSetting setting = CueSetting.of(text, tokens, 4);
        assertTrue(setting.quoted(at(tokens, "troops")));
        assertFalse(setting.quoted(at(tokens, "envoy")));
        assertFalse(setting.quoted(at(tokens, "peace")), "two quoted words are a term, not speech");
        assertFalse(setting.quoted(at(tokens, "critics")));
    }

    @Test
    void curlyQuotesOpenAndCloseAndALineBreakEndsAnOpenQuote() {
        final String text = "\u201cThe army will withdraw its units from the valley,\u201d he said. "
                + "\"Nobody expected the ceasefire to hold so long\nThe talks resume on Monday.";
        final Tokens tokens = Tokens.of(text);
        final CueSetting setting = CueSetting.of(text, tokens, 4);
        assertTrue(setting.quoted(at(tokens, "army")));
        assertFalse(setting.quoted(at(tokens, "said")));
        assertTrue(setting.quoted(at(tokens, "ceasefire")), "an open quote runs to the end of its paragraph");
        assertFalse(setting.quoted(at(tokens, "talks")), "and no further");
    }

    @Test
    void aCapitalisedCueRunningIntoANameIsPartOfTheName() {
        final Cue president = CueLexicon.parse("1 president", CONTEXTS, "x.lex", 1);
        final Cue democratic = CueLexicon.parse("1.5 democratic", CONTEXTS, "x.lex", 1);
        final Cue labour = CueLexicon.parse("2 =Labour", CONTEXTS, "x.lex", 1);
        final String text = "Yesterday President Okafor met the Popular Democratic Front, and the president of the "
                + "council praised Labour Party members.";
        final Tokens tokens = Tokens.of(text);
        final CueSetting setting = CueSetting.of(text, tokens, 4);
        final int to = tokens.size();
        final int title = at(tokens, "president");
        assertTrue(setting.inName(president, title, title + 1, 0, to), "a title before a name");
        final int front = at(tokens, "democratic");
        assertTrue(setting.inName(democratic, front, front + 1, 0, to), "inside a longer name");
        int lower = title + 1;
        while (!tokens.lower(lower).equals("president")) {
            lower++;
        }
        assertFalse(setting.inName(president, lower, lower + 1, 0, to), "written lower case: the office itself");
        final int party = at(tokens, "labour");
        assertFalse(setting.inName(labour, party, party + 1, 0, to), "the lexicon writes it as a name on purpose");
    }

    @Test
    void theFirstWordOfASentenceDoesNotMakeANameAndHeadlinesAreTitleCase() {
        final Cue government = CueLexicon.parse("1.5 government", CONTEXTS, "x.lex", 1);
        final String text = "Government troops advanced.";
        final Tokens tokens = Tokens.of(text);
        final CueSetting setting = CueSetting.of(text, tokens, 4);
        assertFalse(setting.inName(government, 0, 1, 0, tokens.size()));
        assertFalse(setting.titleCase(0, tokens.size()));
        final String headline = "Leaders Agree New Rules on Border Trade";
        final Tokens headlineTokens = Tokens.of(headline);
        assertTrue(CueSetting.of(headline, headlineTokens, 4).titleCase(0, headlineTokens.size()));
    }
}
