package io.newsflow.tagger.tracks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.TrackTag;
import org.junit.jupiter.api.Test;

/**
 * Lexicon entries that keep a word to the sense a track or a domain context means: a word of ordinary
 * business news is no hint that an article is about films or gadgets, and a council service named after
 * trading is not trade.
 */
class WordSenseTest {

    private final LexiconTrackClassifier classifier = LexiconTrackClassifier.load();

    private double economic(final String title, final String body) {
        return classifier.classify(title, body).tracks().stream().filter(t -> t.track().equals(TrackTag.ECONOMIC))
                .mapToDouble(TrackTag::score).findFirst().orElse(0.0);
    }

    @Test
    void tradingStandardsOfficersAreNoTrade() {
        final TrackTags tags = classifier.classify("Fake watches seized at weekend stalls",
                "Trading standards officers seized four hundred fake watches from stalls at a car boot sale on "
                        + "Sunday. The trading standards team said the watches carried copied logos and broke "
                        + "within days. Officers from the council's trading standards service had been tipped off "
                        + "by shoppers. Two stallholders were questioned and released. Trading standards staff "
                        + "urged buyers to check the packaging and to report anything suspicious. The watches "
                        + "will be destroyed.");
        assertTrue(tags.tracks().isEmpty(), tags.toString());
    }

    @Test
    void companyDirectorsAreNoHintOfTheArts() {
        final String title = "Insurer's former directors agree payout";
        final String body = "Eight former directors of a collapsed insurer have agreed to pay shareholders a share of "
                + "their losses. The directors will hand over part of their pensions, and the insurer's remaining "
                + "assets will be sold to cover the rest. Shareholders lost their savings when the firm collapsed "
                + "with debts of several hundred million pounds. Lawyers for the directors said the directors "
                + "denied any wrongdoing. Two other directors still face claims, and the directors of the parent "
                + "company have not been named. The payout must be approved by the court. Investors said the "
                + "directors should have warned them of the losses earlier. The directors had sat on the board "
                + "for most of the last decade.";
        final double asDirectors = economic(title, body);
        assertTrue(asDirectors > 0.5, "economic " + asDirectors);
        // were "directors" a hint of film-making, this many would damp the economic cues like a film review's
        assertEquals(economic(title.replace("directors", "board members"), body.replace("directors", "board members")),
                asDirectors, 1e-9);
    }

    @Test
    void aFewMentionsOfTechnologyDoNotMakeABusinessStoryAGadgetReview() {
        final String title = "Screen makers pool technology";
        final String body = "Two electronics makers are to share technology and cut the cost of flat panels as prices "
                + "keep falling. The companies will combine production and marketing and share research spending "
                + "on the screen market. Analysts said the market had grown too crowded for every maker to invest "
                + "on its own. Falling prices have squeezed profits across the industry this year. The firms said "
                + "the deal would let them bring new technology to market sooner and cut costs. Shares in both "
                + "companies rose after the announcement.";
        final double withTechnology = economic(title, body);
        assertTrue(withTechnology > 0.5, "economic " + withTechnology);
        assertEquals(economic(title.replace("technology", "know-how"), body.replace("technology", "know-how")),
                withTechnology, 1e-9);
    }
}
