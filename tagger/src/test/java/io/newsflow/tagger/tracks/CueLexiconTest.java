package io.newsflow.tagger.tracks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CueLexiconTest {

    private static final List<String> CONTEXTS = List.of("sport", "tech");

    private static List<String> matches(final CueLexicon lexicon, final String text) {
        final Tokens tokens = Tokens.of(text);
        final List<String> found = new ArrayList<>();
        new CueIndex(List.of(lexicon)).match(tokens, 0, tokens.size(), null, (l, cue, first, end) ->
                found.add(cue.phrase() + "@" + text.substring(tokens.start(first), tokens.end(end - 1))));
        return found;
    }

    @Test
    void eachLexiconOfAnIndexMatchesOnItsOwnTerms() {
        final CueLexicon a = lexicon("a", "2 war", "0 price war");
        final CueLexicon b = lexicon("b", "1 price", "3 price war");
        final Tokens tokens = Tokens.of("a price war");
        final List<String> found = new ArrayList<>();
        new CueIndex(List.of(a, b)).match(tokens, 0, tokens.size(), null,
                (l, cue, first, end) -> found.add(l + ":" + cue.phrase()));
        assertEquals(List.of("1:price war"), found);
        found.clear();
        final boolean[][] blocked = {null, {false, true, false}};
        new CueIndex(List.of(a, b)).match(tokens, 0, tokens.size(), blocked,
                (l, cue, first, end) -> found.add(l + ":" + cue.phrase()));
        assertEquals(List.of(), found, "b may not use 'price', and a's stop phrase still consumes 'war'");
    }

    private static CueLexicon lexicon(final String name, final String... lines) {
        return CueLexicon.of(name, java.util.Arrays.stream(lines)
                .map(line -> CueLexicon.parse(line, CONTEXTS, name, 1)).toList());
    }

    @Test
    void parsesWeightPhraseAndContexts() {
        final Cue cue = CueLexicon.parse("1.5  attack  ~sport ~tech  # a comment", CONTEXTS, "x.lex", 1);
        assertEquals("attack", cue.phrase());
        assertEquals(1.5, cue.weight());
        assertEquals(0b11, cue.dampedIn());
        assertNull(CueLexicon.parse("   # only a comment", CONTEXTS, "x.lex", 2));
        assertThrows(IllegalStateException.class, () -> CueLexicon.parse("x attack", CONTEXTS, "x.lex", 3));
        assertThrows(IllegalStateException.class, () -> CueLexicon.parse("1 attack ~opera", CONTEXTS, "x.lex", 4));
    }

    @Test
    void parsesTheRoleMark() {
        final Cue role = CueLexicon.parse("1  spokesman  ~sport  @role  # who speaks", CONTEXTS, "x.lex", 1);
        assertEquals("spokesman", role.phrase());
        assertEquals(0b01, role.dampedIn());
        assertTrue(role.role());
        assertFalse(CueLexicon.parse("2 parliament", CONTEXTS, "x.lex", 2).role());
        final CueLexicon political = CueLexicon.load("political", List.of("sport", "tech", "arts", "ceremony"));
        assertTrue(political.cues().stream().anyMatch(c -> c.phrase().equals("governor") && c.role()));
        assertTrue(political.cues().stream().anyMatch(c -> c.phrase().equals("parliament") && !c.role()));
    }

    @Test
    void parsesTheExecutiveMark() {
        final Cue office = CueLexicon.parse("2  prime minister  @executive", CONTEXTS, "x.lex", 1);
        assertTrue(office.executive());
        assertFalse(office.role());
        assertFalse(CueLexicon.parse("1 president @role", CONTEXTS, "x.lex", 2).executive());
        final CueLexicon political = CueLexicon.load("political", List.of("sport", "tech", "arts", "ceremony"));
        assertTrue(political.cues().stream().anyMatch(c -> c.phrase().equals("prime minister") && c.executive()));
        assertTrue(political.cues().stream().anyMatch(c -> c.phrase().equals("president") && !c.executive()));
    }

    @Test
    void bundledLexiconMatchesLongestPhraseAndInflections() {
        final CueLexicon military = CueLexicon.load("military", List.of("sport", "tech", "arts", "ceremony"));
        assertEquals(List.of("joint military commission@Joint Military Commission", "cease fire@cease-fires"),
                matches(military, "The Joint Military Commission discussed cease-fires."));
        assertEquals(List.of("soldier@soldiers", "troop@troop"), matches(military, "soldiers and a scout troop"));
    }

    @Test
    void entriesThatStemAlikeAreRejected() {
        assertThrows(IllegalStateException.class, () -> lexicon("x", "2 troops", "1 troop"));
        assertEquals(2, lexicon("x", "2 =troops", "1 troop").cues().size());
    }

    @Test
    void stopPhrasesConsumeTheirWords() {
        final CueLexicon military = CueLexicon.load("military", List.of("sport", "tech", "arts", "ceremony"));
        assertEquals(List.of(), matches(military, "A price war and a think tank."));
        assertEquals(List.of("war@war", "war@warring"), matches(military, "A war between warring clans."));
    }

    @Test
    void capitalisedCueNeedsACapital() {
        final CueLexicon political = CueLexicon.load("political", List.of("sport", "tech", "arts", "ceremony"));
        assertEquals(List.of("Labour@Labour"), matches(political, "Labour said"));
        assertEquals(List.of(), matches(political, "labour costs"));
    }
}
