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

    @Test
    void punctuationEndsAName() {
        final Cue budget = CueLexicon.parse("2 budget", CONTEXTS, "x.lex", 1);
        final Cue parliament = CueLexicon.parse("2 parliament", CONTEXTS, "x.lex", 1);
        final String text = "Spending rose in the Budget, Martin Ellis said, and the Budget Office agreed. "
                + "In Lagos, Parliament met again.";
        final Tokens tokens = Tokens.of(text);
        final CueSetting setting = CueSetting.of(text, tokens, 4);
        final int to = tokens.size();
        final int first = at(tokens, "budget");
        assertFalse(setting.inName(budget, first, first + 1, 0, to), "a comma stands between it and the name");
        int second = first + 1;
        while (!tokens.lower(second).equals("budget")) {
            second++;
        }
        assertTrue(setting.inName(budget, second, second + 1, 0, to), "it runs straight into Office");
        final int house = at(tokens, "parliament");
        assertFalse(setting.inName(parliament, house, house + 1, at(tokens, "in"), to),
                "nor does it run on from the place before the comma");
    }

    @Test
    void theNameCheckStaysLinearOnOneHugeCapitalisedSentence() {
        // one "sentence" of 1 MiB: capitalised cues, hyphens, possessives and commas, never a full stop
        final StringBuilder body = new StringBuilder();
        while (body.length() < 1 << 20) {
            body.append("Minister Trade-Industry, Defence's Budget and Parliament Office ");
        }
        final long start = System.nanoTime();
        LexiconTrackClassifier.load().classify("Trade", body.toString());
        final long millis = (System.nanoTime() - start) / 1_000_000;
        // each cue looks at two neighbours and each gap is read once; more would take minutes here
        assertTrue(millis < 5_000, millis + " ms");
    }
}
