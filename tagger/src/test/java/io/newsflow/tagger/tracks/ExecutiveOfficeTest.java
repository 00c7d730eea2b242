package io.newsflow.tagger.tracks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.TrackTag;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * An office of the executive written as a title before a name ("Prime Minister Lindqvist") says that the
 * government acts: it keeps its whole weight in the political sum, while like any name it develops no
 * sentence by itself. Other titles ("President Okafor") stay damped as names.
 */
class ExecutiveOfficeTest {

    private static final String TITLE = "Harbour reopens after the storm";
    private static final String REST = " toured the harbour on Friday. Fishing boats returned to the quay. "
            + "Repairs to the lighthouse will take a month.";

    /** Every sentence counts towards the sum, whether or not it develops the track. */
    private static LexiconTrackClassifier lenient() {
        final Properties p = ScoringParameters.read();
        p.setProperty("sentence.min", "0");
        p.setProperty("track.threshold", "0");
        return LexiconTrackClassifier.create(ScoringParameters.from(p));
    }

    private static double political(final TrackTags tags) {
        return tags.tracks().stream().filter(t -> t.track().equals(TrackTag.POLITICAL)).mapToDouble(TrackTag::score)
                .findFirst().orElse(0.0);
    }

    @Test
    void anExecutiveOfficeBeforeANameKeepsItsWeightInTheSum() {
        final LexiconTrackClassifier lenient = lenient();
        assertEquals(political(lenient.classify(TITLE, "The prime minister" + REST)),
                political(lenient.classify(TITLE, "Prime Minister Lindqvist" + REST)), 1e-9);
        assertTrue(political(lenient.classify(TITLE, "The president and the prime minister" + REST))
                > political(lenient.classify(TITLE, "President Okafor and Prime Minister Lindqvist" + REST)),
                "a role word before a name stays damped");
    }

    @Test
    void anExecutiveOfficeBeforeANameDevelopsNoSentenceByItself() {
        final TrackTags tags = LexiconTrackClassifier.load().classify("New bridge opens over the river",
                "Prime Minister Lindqvist opened the new bridge over the river on Friday. Prime Minister Lindqvist "
                        + "cut the ribbon and walked across with the builders. Prime Minister Lindqvist thanked "
                        + "the engineers. Traffic will use the bridge from Monday.");
        assertTrue(tags.tracks().isEmpty(), tags.toString());
    }
}
