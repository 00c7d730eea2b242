package io.newsflow.tagger.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SecondOpinionTest {

    private static final List<String> FIRST_LABELS = List.of("O", "PERSON", "LOCATION", "ORGANIZATION");
    private static final List<String> SECOND_LABELS = List.of("O", "PERSON", "LOCATION", "ORGANIZATION", "MISC");
    /** The rule alone, with no second model: {@link SecondOpinion#decide} is given both readings. */
    private static final SecondOpinion RULE = new SecondOpinion(null, 0.6, 0.7);

    /**
     * A reading in which each token's label has the given probability and the other labels share the
     * rest evenly.
     */
    private static CrfReading reading(final List<String> known, final String[] labels, final double[] sure) {
        return new CrfReading(labels, sure, (token, label) -> !known.contains(label) ? 0
                : label.equals(labels[token]) ? sure[token] : (1 - sure[token]) / (known.size() - 1));
    }

    private static CrfReading first(final double sure, final String... labels) {
        final double[] p = new double[labels.length];
        java.util.Arrays.fill(p, sure);
        return reading(FIRST_LABELS, labels, p);
    }

    private static CrfReading second(final double sure, final String... labels) {
        final double[] p = new double[labels.length];
        java.util.Arrays.fill(p, sure);
        return reading(SECOND_LABELS, labels, p);
    }

    @Test
    void anEventTheFirstCrfIsUnsureOfIsNoPlace() {
        // "at the Kestrel Cup final": the first CRF half-believes a place, the second is sure of an event.
        final CrfReading first = first(0.55, "O", "O", "LOCATION", "LOCATION", "O");
        final CrfReading second = second(0.99, "O", "O", "MISC", "MISC", "O");
        assertArrayEquals(new String[] {null, null, "MISC", "MISC", null}, RULE.decide(first, second, 0, apart(first)));
    }

    @Test
    void whatTheFirstCrfIsSureOfStands() {
        final CrfReading first = first(0.95, "O", "ORGANIZATION", "ORGANIZATION", "O");
        final CrfReading second = second(0.99, "O", "LOCATION", "LOCATION", "O");
        assertArrayEquals(new String[4], RULE.decide(first, second, 0, apart(first)));
    }

    @Test
    void anOrganizationTheFirstCrfMissedIsTakenWhole() {
        // "Brannock Foods said": the first CRF is unsure of the second word only; the name comes whole.
        final CrfReading first = reading(FIRST_LABELS, new String[] {"ORGANIZATION", "O", "O"},
                new double[] {0.9, 0.5, 0.99});
        final CrfReading second = second(0.97, "ORGANIZATION", "ORGANIZATION", "O");
        assertArrayEquals(new String[] {"ORGANIZATION", "ORGANIZATION", null}, RULE.decide(first, second, 0, apart(first)));
    }

    @Test
    void oneReadingOrTheOtherNeverAMixOfBoth() {
        // The first reads a person of three words, the second a place of two and an O: the stretch where
        // they differ goes to one of them whole.
        final CrfReading first = first(0.6, "PERSON", "PERSON", "PERSON");
        final CrfReading second = second(0.9, "LOCATION", "LOCATION", "O");
        final String[] labels = RULE.decide(first, second, 0, apart(first));
        assertArrayEquals(new String[] {"LOCATION", "LOCATION", "O"}, labels);
    }

    @Test
    void aStretchCutByTheWindowKeepsTheFirstReading() {
        // The second CRF read tokens 2..4 of five: a difference at its first token lacked the words before.
        final CrfReading first = first(0.5, "O", "O", "LOCATION", "O", "O");
        final CrfReading second = second(0.99, "ORGANIZATION", "O", "O");
        assertArrayEquals(new String[3], RULE.decide(first, second, 2, apart(first)));
    }

    @Test
    void aWrittenWordIsNotCutInTwoNames() {
        // "Ana Djate-Taillard": the first CRF reads one person over the four tokens, the second a lone hyphen.
        final CrfReading first = first(0.6, "PERSON", "PERSON", "PERSON", "PERSON");
        final CrfReading second = second(0.99, "PERSON", "PERSON", "O", "PERSON");
        final boolean[] glued = {false, false, true, true};
        assertArrayEquals(new String[4], RULE.decide(first, second, 0, glued));
        // Written apart ("Ana Djate - Taillard"), the same readings are two names.
        assertArrayEquals(new String[] {"PERSON", "PERSON", "O", "PERSON"}, RULE.decide(first, second, 0, apart(first)));
    }

    /** No token written against the one before it. */
    private static boolean[] apart(final CrfReading reading) {
        return new boolean[reading.size()];
    }

    @Test
    void theFirstCrfsOutsideIsSplitAsTheSecondSplitsItsOwn() {
        final CrfReading first = first(0.9, "O");
        final CrfReading second = second(0.8, "MISC");
        // O from the first is 0.9, of which the second's MISC share (0.8 / (0.8 + 0.05)) goes to MISC.
        final double share = 0.8 / 0.85;
        assertEquals(0.6 * 0.9 * share + 0.4 * 0.8, RULE.probability(first, 0, second, 0, "MISC"), 1e-12);
        assertEquals(0.6 * 0.9 * (1 - share) + 0.4 * 0.05, RULE.probability(first, 0, second, 0, "O"), 1e-12);
        assertEquals(0.6 * 0.1 / 3 + 0.4 * 0.05, RULE.probability(first, 0, second, 0, "PERSON"), 1e-12);
    }

    @Test
    void aSentenceTheCrfIsSureOfIsNotReadAgain() {
        final CrfEntityTagger crf = CrfEntityTagger.load();
        final Sentence sentence = Sentence.split("body", "Maria Lindqvist met Tom Okafor in Stockholm on Monday.").get(0);
        final CrfReading first = crf.read(sentence.tokens());
        final List<String> before = labels(sentence.tokens());
        assertEquals(0, SecondOpinion.load().review(sentence.tokens(), first));
        assertEquals(before, labels(sentence.tokens()));
        assertEquals("PERSON", before.get(0));
        assertEquals("LOCATION", before.get(before.size() - 4));
    }

    @Test
    void whereTheSecondCrfReadsEachLabelIsOneOfTheTwoReadings() {
        final CrfEntityTagger crf = CrfEntityTagger.load();
        // Written for this test: team names that are also towns, in a line of results and a sentence.
        final String text = "Kelso 3 Ardmore Rovers 1\nHalden beat Ostrava Steel 2-1 in the Nordic Trophy semifinal on "
                + "Sunday , with Lund 's Per Aasen scoring twice for Halden .";
        int read = 0;
        for (Sentence sentence : Sentence.split("body", text)) {
            final CrfReading first = crf.read(sentence.tokens());
            final List<CoreLabel> copies = new ArrayList<>();
            sentence.tokens().forEach(t -> copies.add(new CoreLabel(t)));
            final CrfReading second = CrfReading.of(FastCrfClassifierHolder.SECOND, copies);
            read += SecondOpinion.load().review(sentence.tokens(), first);
            final List<String> after = labels(sentence.tokens());
            for (int i = 0; i < after.size(); i++) {
                assertTrue(after.get(i).equals(first.label(i)) || after.get(i).equals(second.label(i)),
                        "token " + i + " of " + sentence.text());
            }
        }
        assertTrue(read > 0, "the second CRF read nothing");
    }

    private static List<String> labels(final List<CoreLabel> tokens) {
        return tokens.stream().map(t -> t.get(CoreAnnotations.AnswerAnnotation.class)).toList();
    }

    private static final class FastCrfClassifierHolder {
        static final FastCrfClassifier SECOND = load();

        private static FastCrfClassifier load() {
            try {
                return FastCrfClassifier.load(SecondOpinion.MODEL);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
