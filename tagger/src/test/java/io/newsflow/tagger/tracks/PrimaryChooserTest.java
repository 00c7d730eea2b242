package io.newsflow.tagger.tracks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.TrackTag;
import org.junit.jupiter.api.Test;

/** The primary track is what the headline, the lede and most sentences are about, not the largest cue sum. */
class PrimaryChooserTest {

    private final LexiconTrackClassifier classifier = LexiconTrackClassifier.load();

    private static double score(final TrackTags tags, final String track) {
        return tags.tracks().stream().filter(t -> t.track().equals(track)).findFirst().orElseThrow().score();
    }

    @Test
    void headlineLedeAndMostSentencesOutvoteAFewCueDenseSideSentences() {
        final TrackTags tags = classifier.classify("Soldiers leave the hill villages",
                "Soldiers left the hill villages on Monday, a day after the two sides agreed to pull back. "
                + "Long lines of soldiers walked down the valley road towards the plain. "
                + "Villagers watched the last soldiers go from their doorsteps. "
                + "By evening the army had left the three villages it had held since spring. "
                + "A few soldiers stayed behind to clear the roads of mines. "
                + "Meanwhile the central bank cut interest rates, inflation fell and the budget deficit narrowed as "
                + "oil revenue rose. "
                + "The central bank said oil revenue, trade and investment would lift the currency and cut "
                + "inflation again next year. "
                + "Economists said lower interest rates, a stronger currency and falling inflation would help the "
                + "budget deficit.");
        assertEquals(TrackTag.MILITARY, tags.primaryTrack(), tags.toString());
        assertEquals(TrackTag.MILITARY, tags.tracks().get(0).track(), "the primary track comes first");
        // the economic sentences are denser, so the economic track is carried with the higher score
        assertTrue(score(tags, TrackTag.ECONOMIC) > score(tags, TrackTag.MILITARY), tags.toString());
    }

    @Test
    void roleWordsDoNotMakeAnArticlePolitical() {
        final TrackTags tags = classifier.classify("Oil revenue recovers after pipeline repairs",
                "Oil revenue rose to its highest level in a year after repairs to the main pipeline. "
                + "The president said the news was good, the foreign minister and the interior minister said so "
                + "too, and the mayor agreed. "
                + "The president, the foreign minister and the interior minister thanked the engineers and the mayor. "
                + "Parliament will debate the pipeline next week. "
                + "The foreign minister, the interior minister, the justice minister, the home secretary and the "
                + "envoy met the governor. "
                + "The head of state, the secretary of state and the diplomat from the embassy joined the foreign "
                + "minister and the mayor. "
                + "The president, the foreign minister, the justice minister and the mayor visited the pumping "
                + "station. "
                + "Oil revenue is expected to rise again next month.");
        assertEquals(TrackTag.ECONOMIC, tags.primaryTrack(), tags.toString());
        // the offices add up to the higher political score, but they say who speaks, not what about
        assertTrue(score(tags, TrackTag.POLITICAL) > score(tags, TrackTag.ECONOMIC), tags.toString());
    }

    @Test
    void aSingleTrackIsPrimaryAndANoTrackArticleHasNone() {
        final TrackTags one = classifier.classify("Parliament passes the election law",
                "Parliament passed the election law on Tuesday after a long debate, and national elections will "
                + "be held in the spring.");
        assertEquals(TrackTag.POLITICAL, one.primaryTrack(), one.toString());
        final TrackTags none = classifier.classify("Bakery wins a prize",
                "A small bakery in the old town won a prize for its rye bread.");
        assertEquals(null, none.primaryTrack());
    }
}
