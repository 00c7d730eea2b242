package io.newsflow.tagger.geo;

import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Names whose best reading is a country, continent, ocean, sea or first-level division ("China",
 * "Atlantic", "Kansas") keep that reading against a same-named town unless the text itself says town:
 * a qualifier that fits the town ("Mexico, Mo."), "the town of Norway", or, for a division only, an
 * article whose other places crowd around the town. The votes of other places in the town's country
 * are not enough: every US article would otherwise send "China" to China, Texas.
 *
 * <p>City or state, for a name that is both ("Washington", "New York", "Quebec"): the country's capital
 * by default ("Washington" is the capital), else the division ("New York", as the gazetteers and the
 * usual annotation guidelines read it); "state" next to the name makes it the division, "city"
 * (or "the town of") the town, and the article's other places weigh in through the scores.
 */
final class StrongReadings {

    /** A town's nearness (0..1, see the resolver) above which it beats a same-named division. */
    static final double OVERWHELMING_NEARNESS = 0.6;
    /** The same against a country: nearly all the article's other places lie around the town. */
    static final double OVERWHELMING_NEARNESS_COUNTRY = 0.8;
    private static final int WINDOW = 24;
    private static final Pattern TOWN_BEFORE = Pattern.compile(
            "\\b(?:town|city|village|hamlet|township|borough|community)\\s+of\\s+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATE_BEFORE = Pattern.compile(
            "(?:\\bstate\\s+of|\\bupstate|\\bdownstate)\\s+$", Pattern.CASE_INSENSITIVE);
    // "New York Gov. Andrew Cuomo", "the Washington Legislature": offices and bodies that only a state has.
    private static final Pattern STATE_AFTER = Pattern.compile(
            "^(?:\\s+state\\b|\\s+State\\b(?!\\s+(?:University|College|Park|Fair)\\b)|\\s*-\\s*state\\b"
            + "|\\s+(?:Gov\\.|Governor|governor|Lt\\. Gov\\.|Legislature|legislature|General Assembly|state Senate)(?=\\s))");

    private StrongReadings() {
    }

    /** What the text right around a name's mentions says about its kind. */
    record Cues(boolean town, boolean state) {
        static final Cues NONE = new Cues(false, false);
    }

    static Cues cues(final Entity entity, final String title, final String body) {
        boolean town = false;
        boolean state = false;
        for (Mention m : entity.mentions()) {
            final String text = Mention.TITLE.equals(m.field()) ? title : body;
            if (m.start() < 0 || m.end() > text.length() || m.start() > m.end()) {
                continue;
            }
            final String before = text.substring(Math.max(0, m.start() - WINDOW), m.start());
            final String after = text.substring(m.end(), Math.min(text.length(), m.end() + WINDOW));
            town |= TOWN_BEFORE.matcher(before).find();
            state |= STATE_BEFORE.matcher(before).find() || STATE_AFTER.matcher(after).find();
        }
        return town == state ? Cues.NONE : new Cues(town, state);
    }

    /** Countries, continents, oceans and seas, and first-level divisions. */
    static boolean isStrong(final GazetteerEntry e) {
        return switch (e.kind()) {
            case GazetteerEntry.COUNTRY -> true;
            case GazetteerEntry.DIVISION -> e.isFirstLevelDivision();
            case GazetteerEntry.REGION -> switch (e.featureCode()) {
                case "CONT", "OCN", "SEA", "PCLH" -> true;
                default -> false;
            };
            default -> false;
        };
    }

    /**
     * The candidate (an index into {@code candidates}) the name resolves to, given its best-scored one.
     *
     * @param prior per candidate, its prior (place type, population): the name's best reading is the
     *     candidate with the highest
     * @param qualified per candidate, whether a state or province after a mention fits it ("Paris, Texas");
     *     a country does not ("Russia, U.S. officials said" is a list)
     * @param near per candidate, how near it lies to the article's other places (0..1)
     */
    static int choose(final Gazetteer gazetteer, final int[] candidates, final double[] prior, final double[] score,
            final boolean[] qualified, final double[] near, final int best, final Cues cues) {
        if (best < 0) {
            return best;
        }
        if (cues.state()) {
            return bestOf(gazetteer, candidates, score, best, GazetteerEntry::isFirstLevelDivision);
        }
        int strong = 0;
        for (int i = 1; i < candidates.length; i++) {
            if (prior[i] > prior[strong]) {
                strong = i;
            }
        }
        if (!isStrong(gazetteer.entry(candidates[strong]))) {
            return best;
        }
        if (strong == best) {
            return cues.town() ? bestOf(gazetteer, candidates, score, best, e -> e.kind() == GazetteerEntry.TOWN) : best;
        }
        final GazetteerEntry chosen = gazetteer.entry(candidates[best]);
        if (isStrong(chosen) || chosen.kind() == GazetteerEntry.REGION || qualified[best] || cues.town()) {
            return best;
        }
        final GazetteerEntry division = gazetteer.entry(candidates[strong]);
        if (!division.isFirstLevelDivision()) {
            return near[best] >= OVERWHELMING_NEARNESS_COUNTRY && chosen.kind() == GazetteerEntry.TOWN ? best : strong;
        }
        // A division against a town: the capital of the same country by default, or a town the
        // article's other places crowd around.
        final boolean capital = "PPLC".equals(chosen.featureCode())
                && chosen.countryCode().equals(division.countryCode());
        return capital || near[best] >= OVERWHELMING_NEARNESS ? best : strong;
    }

    /** The best-scored candidate of a kind ("the town of Norway", "Washington state"), else {@code fallback}. */
    private static int bestOf(final Gazetteer gazetteer, final int[] candidates, final double[] score,
            final int fallback, final Predicate<GazetteerEntry> kind) {
        int found = -1;
        for (int i = 0; i < candidates.length; i++) {
            if (kind.test(gazetteer.entry(candidates[i])) && (found < 0 || score[i] > score[found])) {
                found = i;
            }
        }
        return found < 0 ? fallback : found;
    }
}
