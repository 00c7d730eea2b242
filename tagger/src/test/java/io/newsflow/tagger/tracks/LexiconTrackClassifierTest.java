package io.newsflow.tagger.tracks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.TrackEvidence;
import io.newsflow.common.article.TrackTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LexiconTrackClassifierTest {

    private final LexiconTrackClassifier classifier = LexiconTrackClassifier.load();

    private TrackTags classify(final Articles.Article article) {
        final TrackTags tags = classifier.classify(article.title(), article.body());
        assertEvidenceWellFormed(article, tags);
        return tags;
    }

    private static void assertEvidenceWellFormed(final Articles.Article article, final TrackTags tags) {
        double previous = Double.MAX_VALUE;
        for (final TrackTag tag : tags.tracks()) {
            assertTrue(tag.score() >= 0.5 && tag.score() <= 1.0, tag.track() + " score " + tag.score());
            // the primary track comes first whatever its score; the others follow highest first
            if (!tag.track().equals(tags.primaryTrack())) {
                assertTrue(tag.score() <= previous, "tracks after the primary are highest first");
                previous = tag.score();
            }
            assertFalse(tag.evidence().isEmpty(), tag.track() + " has evidence");
            assertTrue(tag.evidence().size() <= 3, tag.track() + " has at most 3 evidence sentences");
            for (final TrackEvidence evidence : tag.evidence()) {
                final String field = "title".equals(evidence.field()) ? article.title() : article.body();
                assertEquals(evidence.sentence(), field.substring(evidence.start(), evidence.end()),
                        "evidence offsets point into the " + evidence.field());
                assertFalse(evidence.cues().isEmpty(), "evidence names its cues");
                for (final String cue : evidence.cues()) {
                    assertTrue(evidence.sentence().contains(cue), cue + " is written in " + evidence.sentence());
                }
            }
        }
        if (tags.tracks().isEmpty()) {
            assertNull(tags.primaryTrack());
        } else {
            assertEquals(tags.tracks().get(0).track(), tags.primaryTrack());
        }
    }

    private static Optional<TrackTag> track(final TrackTags tags, final String track) {
        return tags.tracks().stream().filter(t -> t.track().equals(track)).findFirst();
    }

    private static boolean evidenceContains(final TrackTag tag, final String text) {
        return tag.evidence().stream().anyMatch(e -> e.sentence().contains(text));
    }

    @Test
    void loadsOnceAndIsShared() {
        assertSame(classifier, LexiconTrackClassifier.load());
    }

    @Test
    void seedIsMilitaryTalksWithPoliticalAndEconomicTracks() {
        final TrackTags tags = classify(Articles.seed());
        assertEquals(TrackTag.MILITARY, tags.primaryTrack());
        assertTrue(tags.talks());
        final TrackTag military = track(tags, TrackTag.MILITARY).orElseThrow();
        final TrackTag political = track(tags, TrackTag.POLITICAL).orElseThrow();
        final TrackTag economic = track(tags, TrackTag.ECONOMIC).orElseThrow();
        assertTrue(evidenceContains(military, "Joint Military Commission")
                && evidenceContains(military, "cease-fire"), military.evidence().toString());
        assertTrue(evidenceContains(political, "political forum")
                || evidenceContains(political, "national elections"), political.evidence().toString());
        assertTrue(evidenceContains(economic, "oil production"), economic.evidence().toString());
        final TrackEvidence oil = economic.evidence().stream()
                .filter(e -> e.sentence().contains("oil production")).findFirst().orElseThrow();
        assertTrue(oil.cues().contains("oil production") && oil.cues().contains("blockade"), oil.cues().toString());
    }

    @Test
    void militaryArticle() {
        final TrackTags tags = classify(Articles.resource("military.txt"));
        assertEquals(TrackTag.MILITARY, tags.primaryTrack());
        final TrackTag military = track(tags, TrackTag.MILITARY).orElseThrow();
        assertTrue(military.score() > 0.7, "score " + military.score());
        assertTrue(military.evidence().stream().anyMatch(e -> e.cues().contains("ceasefire")
                || e.cues().contains("truce")), military.evidence().toString());
    }

    @Test
    void politicalArticle() {
        final TrackTags tags = classify(Articles.resource("political.txt"));
        assertEquals(TrackTag.POLITICAL, tags.primaryTrack());
        assertTrue(track(tags, TrackTag.MILITARY).isEmpty(), tags.toString());
        assertTrue(evidenceContains(track(tags, TrackTag.POLITICAL).orElseThrow(), "national elections"));
    }

    @Test
    void economicArticle() {
        final TrackTags tags = classify(Articles.resource("economic.txt"));
        assertEquals(TrackTag.ECONOMIC, tags.primaryTrack());
        assertTrue(track(tags, TrackTag.MILITARY).isEmpty(), tags.toString());
        final TrackTag economic = track(tags, TrackTag.ECONOMIC).orElseThrow();
        assertTrue(economic.evidence().get(0).cues().size() >= 2, economic.evidence().toString());
    }

    @Test
    void footballReportHasNoTrack() {
        final TrackTags tags = classify(Articles.resource("football.txt"));
        assertEquals(List.of(), tags.tracks());
        assertNull(tags.primaryTrack());
        assertFalse(tags.talks());
    }

    @Test
    void rugbyAttackAndDefenceAreNotFighting() {
        final TrackTags tags = classify(Articles.resource("rugby.txt"));
        assertEquals(List.of(), tags.tracks());
    }

    @Test
    void productLaunchHasNoTrack() {
        final TrackTags tags = classify(Articles.resource("product-launch.txt"));
        assertEquals(List.of(), tags.tracks());
        assertFalse(tags.talks());
    }

    @Test
    void militaryParadeIsNotTheMilitaryTrack() {
        final TrackTags tags = classify(Articles.resource("military-parade.txt"));
        assertTrue(track(tags, TrackTag.MILITARY).isEmpty(), tags.toString());
        assertFalse(tags.talks());
    }

    @Test
    void fightingDuringAParadeIsStillTheMilitaryTrack() {
        final TrackTags tags = classify(Articles.resource("parade-attack.txt"));
        assertEquals(TrackTag.MILITARY, tags.primaryTrack());
        assertTrue(tags.talks(), "mediators and talks between the two sides");
    }

    @Test
    void namedEconomicTrackIsEconomicTalks() {
        final TrackTags tags = classify(Articles.resource("economic-track.txt"));
        assertEquals(TrackTag.ECONOMIC, tags.primaryTrack());
        assertTrue(tags.talks());
        final TrackTag economic = track(tags, TrackTag.ECONOMIC).orElseThrow();
        assertTrue(economic.evidence().stream().anyMatch(e -> e.cues().contains("economic track")),
                economic.evidence().toString());
    }

    @Test
    void priceWarIsEconomicNotMilitary() {
        final TrackTags tags = classify(Articles.resource("price-war.txt"));
        assertEquals(TrackTag.ECONOMIC, tags.primaryTrack());
        assertTrue(track(tags, TrackTag.MILITARY).isEmpty(), tags.toString());
    }

    @Test
    void titleCountsMoreThanABodySentence() {
        final String body = "The weather was mild. Crowds gathered in the square. Shops opened late.";
        final TrackTags inTitle = classifier.classify("Rebels agree ceasefire", body);
        final TrackTags inBody = classifier.classify("A day in the square", body + " Rebels agree ceasefire.");
        final double titleScore = track(inTitle, TrackTag.MILITARY).map(TrackTag::score).orElse(0.0);
        final double bodyScore = track(inBody, TrackTag.MILITARY).map(TrackTag::score).orElse(0.0);
        assertTrue(titleScore > bodyScore, titleScore + " > " + bodyScore);
    }

    @Test
    void emptyAndNullArticlesHaveNoTrack() {
        assertEquals(TrackTags.NONE, classifier.classify(null, null));
        assertEquals(TrackTags.NONE, classifier.classify("", "  \n "));
    }

    @Test
    void deterministic() {
        final Articles.Article seed = Articles.seed();
        assertEquals(classifier.classify(seed.title(), seed.body()), classifier.classify(seed.title(), seed.body()));
    }

    @Test
    void sharedAcrossThreads() throws Exception {
        final Articles.Article seed = Articles.seed();
        final Articles.Article economic = Articles.resource("economic.txt");
        final TrackTags seedTags = classifier.classify(seed.title(), seed.body());
        final TrackTags economicTags = classifier.classify(economic.title(), economic.body());
        final ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            final List<Future<Boolean>> results = new ArrayList<>();
            for (int k = 0; k < 200; k++) {
                final boolean even = k % 2 == 0;
                results.add(pool.submit(() -> even
                        ? seedTags.equals(classifier.classify(seed.title(), seed.body()))
                        : economicTags.equals(classifier.classify(economic.title(), economic.body()))));
            }
            for (final Future<Boolean> result : results) {
                assertTrue(result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void scoresAreDocumentedThreshold() {
        assertNotNull(classifier.parameters());
        assertEquals(0.5, classifier.parameters().threshold());
    }

    /** A classifier with the bundled lexicons and scoring.properties, but for the settings given. */
    private static LexiconTrackClassifier with(final String... keyValues) {
        final java.util.Properties p = ScoringParameters.read();
        for (int k = 0; k < keyValues.length; k += 2) {
            p.setProperty(keyValues[k], keyValues[k + 1]);
        }
        return LexiconTrackClassifier.create(ScoringParameters.from(p));
    }

    private static double score(final TrackTags tags, final String track) {
        return track(tags, track).map(TrackTag::score).orElse(0.0);
    }

    @Test
    void roleWordsAloneDoNotMakeAPoliticalStory() {
        final String title = "Flooded river forces hundreds from their homes";
        final String body = "The river burst its banks on Sunday night and flooded the lower town. "
                + "The mayor said the water had reached the first floor of many houses. "
                + "The governor visited the shelters on Monday, and the president sent a message of support. "
                + "A spokesman for the regional governor said pumps had been brought in from the north. "
                + "The ambassador of a neighbouring country offered boats and blankets. "
                + "Volunteers carried food to the families who stayed behind.";
        assertTrue(track(classifier.classify(title, body), TrackTag.POLITICAL).isEmpty());
        // the same words, counted whole as before, carried a political track
        assertTrue(track(with("role.damping", "1", "sentence.min", "0").classify(title, body), TrackTag.POLITICAL)
                .isPresent(), "role words add up when nothing asks for a sentence of substance");
    }

    @Test
    void aTrackNeedsASentenceThatDevelopsIt() {
        final String title = "Town debates its new parking rules";
        final String body = "Drivers complained about the new policy at a crowded meeting. "
                + "The reform replaces free parking with meters in the centre. "
                + "Shopkeepers said the proposals would drive customers away. "
                + "A few residents welcomed the plan to ban cars from the market square on Saturdays. "
                + "The policy takes effect in March.";
        final TrackTags passing = classifier.classify(title, body);
        assertTrue(track(passing, TrackTag.POLITICAL).isEmpty(), passing.toString());
        final TrackTags developed = classifier.classify(title, body
                + " Parliament passed the legislation after a vote in which the opposition walked out.");
        assertTrue(track(developed, TrackTag.POLITICAL).isPresent(), developed.toString());
        assertTrue(evidenceContains(track(developed, TrackTag.POLITICAL).orElseThrow(), "Parliament passed"));
    }

    @Test
    void quotedSpeechCountsLessThanTheArticlesOwnSentences() {
        final String title = "Village prepares for the harvest festival";
        final String own = "Villagers hung lanterns along the main street. The troops left the valley after the "
                + "ceasefire. Children rehearsed songs in the school hall.";
        final String quoted = "Villagers hung lanterns along the main street. \"The troops left the valley after the "
                + "ceasefire,\" an old farmer remembered. Children rehearsed songs in the school hall.";
        final double ownScore = score(classifier.classify(title, own), TrackTag.MILITARY);
        assertTrue(ownScore > 0.5, "the article's own sentence carries the track: " + ownScore);
        assertTrue(ownScore > score(classifier.classify(title, quoted), TrackTag.MILITARY));
    }

    @Test
    void anOfficeInANameCountsLessThanTheOfficeItself() {
        final String title = "Harbour reopens after the storm";
        final String names = "President Okafor and Prime Minister Lindqvist toured the harbour on Friday. "
                + "Fishing boats returned to the quay. Repairs to the lighthouse will take a month.";
        final String offices = "The president and the prime minister toured the harbour on Friday. "
                + "Fishing boats returned to the quay. Repairs to the lighthouse will take a month.";
        final LexiconTrackClassifier lenient = with("sentence.min", "0", "track.threshold", "0");
        assertTrue(score(lenient.classify(title, offices), TrackTag.POLITICAL)
                > score(lenient.classify(title, names), TrackTag.POLITICAL));
    }

    @Test
    void aSideRemarkDoesNotCarryASecondTrack() {
        final String title = "Rebels and army agree ceasefire along the northern front";
        final String body = "Rebel fighters and government troops agreed a ceasefire on Tuesday after a week of "
                + "heavy fighting along the northern front. Both armies will pull their artillery back ten "
                + "kilometres, and a joint military commission will monitor the truce. Commanders on both sides "
                + "said prisoners of war would be exchanged next week. Shelling stopped at noon, and soldiers "
                + "were seen leaving their trenches. The army said its units would stay at their new positions "
                + "until the monitors arrived. The fighting has cost the region's economy dearly.";
        final TrackTags tags = classifier.classify(title, body);
        assertEquals(TrackTag.MILITARY, tags.primaryTrack());
        assertTrue(track(tags, TrackTag.ECONOMIC).isEmpty(), tags.toString());
        final LexiconTrackClassifier noShare = with("secondary.minShare", "0", "track.threshold", "0.2");
        assertTrue(track(noShare.classify(title, body), TrackTag.ECONOMIC).isPresent(),
                "the remark is there to be found: only the share keeps it out");
    }

    @Test
    void peaceTalksEndingAWarAreTheMilitaryTrack() {
        final TrackTags tags = classifier.classify("Peace talks resume in the capital",
                "Delegations of the two warring parties met on Monday for a new round of peace talks. "
                        + "The mediator said both sides hoped to sign a peace agreement before the end of the "
                        + "month. The peace process stalled in the spring after a dispute over the agenda.");
        assertEquals(TrackTag.MILITARY, tags.primaryTrack());
        assertTrue(tags.talks());
    }

    @Test
    void costStaysLinearOnAHugeBodyOfTrackNamesAndAnOpenQuote() {
        final StringBuilder body = new StringBuilder("\"");
        while (body.length() < 1 << 20) {
            body.append("Talks on the economic and political tracks went on. ");
        }
        final long start = System.nanoTime();
        final TrackTags tags = classifier.classify("Talks", body.toString());
        final long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(tags.talks());
        // one pass of a few microseconds per sentence; quadratic work would take minutes here
        assertTrue(millis < 5_000, millis + " ms");
    }
}
