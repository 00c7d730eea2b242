package io.newsflow.bench;

import io.newsflow.common.article.RawArticle;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes news articles for the benchmark: about {@code targetTokens} tokens of sentences about people,
 * places and organizations, with military, political and economic cues, from word lists of its own.
 * The same seed gives the same articles.
 */
public final class ArticleGenerator {

    private static final String[] FIRST = {"Amina", "Jonas", "Leila", "Marco", "Sofia", "Tariq", "Ingrid", "Pedro",
        "Hana", "Dmitri", "Grace", "Yusuf", "Elena", "Kwame", "Mei", "Anders", "Fatima", "Lucas", "Nadia", "Omar",
        "Clara", "Hiroshi", "Priya", "Samuel"};
    private static final String[] LAST = {"Haddad", "Lindqvist", "Moreau", "Okafor", "Petrova", "Rahman", "Santos",
        "Tanaka", "Varga", "Weber", "Kowalski", "Mensah", "Costa", "Novak", "Ibrahim", "Keller", "Ferreira",
        "Nakamura", "Osei", "Brennan"};
    /** Capitals and large cities, with the country they are in. */
    private static final String[][] PLACES = {{"Tripoli", "Libya"}, {"Benghazi", "Libya"}, {"Cairo", "Egypt"},
        {"Geneva", "Switzerland"}, {"Moscow", "Russia"}, {"Ankara", "Turkey"}, {"Nairobi", "Kenya"},
        {"Lagos", "Nigeria"}, {"Berlin", "Germany"}, {"Paris", "France"}, {"Madrid", "Spain"}, {"Lima", "Peru"},
        {"Jakarta", "Indonesia"}, {"Manila", "Philippines"}, {"Ottawa", "Canada"}, {"Warsaw", "Poland"},
        {"Brasilia", "Brazil"}, {"Hanoi", "Vietnam"}, {"Accra", "Ghana"}, {"Tunis", "Tunisia"}};
    private static final String[] ORGS = {"the United Nations", "the European Union", "the African Union",
        "the World Bank", "the International Monetary Fund", "NATO", "the Red Cross", "the Arab League",
        "the World Health Organization", "Reuters"};
    private static final String[] ROLES = {"foreign minister", "defence minister", "finance minister", "envoy",
        "central bank governor", "army spokesman", "opposition leader", "trade negotiator", "prime minister"};
    private static final String[] MILITARY = {
        "Troops withdrew from the front line after artillery fire overnight near %s.",
        "The ceasefire agreed in %s held for a third day, military commanders said.",
        "Armed forces moved tanks and heavy weapons closer to %s, according to officers on the ground.",
        "A drone strike hit an air base outside %s, and the army said two soldiers were wounded.",
        "Military delegations discussed the exchange of prisoners of war and the removal of mercenaries from %s."};
    private static final String[] POLITICAL = {
        "Parliament in %s is expected to vote on the new cabinet next week.",
        "The opposition called for early elections after protests in %s.",
        "Negotiators in %s agreed on a road map towards a unified government.",
        "The president dissolved the council in %s and promised a referendum on the constitution.",
        "Lawmakers in %s debated the electoral law until late in the night."};
    private static final String[] ECONOMIC = {
        "Oil exports from %s rose to their highest level in a year, lifting the budget.",
        "The central bank in %s raised interest rates to slow inflation.",
        "Investors in %s watched the currency fall against the dollar as debt talks stalled.",
        "Unemployment in %s fell slightly, while food prices kept climbing.",
        "The government in %s signed a trade agreement to cut tariffs on grain and steel."};
    private static final String[] QUOTES = {
        "\"We are ready to talk, but not at any price,\" %s said on %s.",
        "%s told reporters on %s that the next round would be decisive.",
        "\"This is a step forward, nothing more,\" %s said in a statement on %s.",
        "%s warned on %s that the agreement could still collapse."};
    private static final String[] FILLER = {
        "The meeting lasted several hours and ended without a joint statement.",
        "Diplomats described the mood as cautious but constructive.",
        "Residents said daily life had slowly returned to the streets.",
        "Further talks are planned before the end of the month.",
        "Observers said much depended on what happened in the coming weeks.",
        "Local radio reported long queues at petrol stations and bakeries."};
    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};

    private final Random random;
    private final int targetTokens;
    private final Instant base = Instant.parse("2026-01-05T08:00:00Z");

    public ArticleGenerator(final long seed, final int targetTokens) {
        this.random = new Random(seed);
        this.targetTokens = targetTokens;
    }

    /** The {@code n}-th article under {@code id}. */
    public RawArticle next(final String id, final int n) {
        final String[] place = pick(PLACES);
        final String[][] tracks = {MILITARY, POLITICAL, ECONOMIC};
        final String[] main = tracks[random.nextInt(tracks.length)];
        final List<String> people = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            people.add(pick(FIRST) + " " + pick(LAST));
        }
        final StringBuilder body = new StringBuilder();
        body.append(String.format(java.util.Locale.ROOT, "%s, %s. %s, the %s, arrived in %s for talks hosted by %s. ",
                place[0].toUpperCase(java.util.Locale.ROOT), place[1], people.get(0), pick(ROLES), place[0],
                pick(ORGS)));
        int tokens = countTokens(body);
        while (tokens < targetTokens) {
            final StringBuilder paragraph = new StringBuilder();
            final String[] where = random.nextInt(3) == 0 ? pick(PLACES) : place;
            paragraph.append(String.format(java.util.Locale.ROOT, pick(main), where[0])).append(' ');
            if (random.nextInt(3) == 0) {
                paragraph.append(String.format(java.util.Locale.ROOT, pick(tracks[random.nextInt(tracks.length)]),
                        where[1])).append(' ');
            }
            final String person = people.get(random.nextInt(people.size()));
            paragraph.append(String.format(java.util.Locale.ROOT, pick(QUOTES), person + ", the " + pick(ROLES),
                    pick(DAYS))).append(' ');
            paragraph.append(pick(ORGS).substring(0, 1).toUpperCase(java.util.Locale.ROOT))
                    .append(pick(ORGS).substring(1)).append(" said it would send observers to ").append(where[0])
                    .append(". ");
            paragraph.append(pick(FILLER)).append("\n\n");
            body.append(paragraph);
            tokens += countTokens(paragraph);
        }
        final String title = people.get(0) + " in " + place[0] + " as " + headlineOf(main) + " go on";
        return new RawArticle(id, "https://news.example.org/" + id, title, body.toString().strip(), "newsflow-bench",
                base.plus(n, ChronoUnit.MINUTES).toString(), "en", null, null);
    }

    /** Whitespace-separated tokens, the measure of article length the benchmark reports. */
    public static int countTokens(final CharSequence text) {
        int count = 0;
        boolean inToken = false;
        for (int i = 0; i < text.length(); i++) {
            final boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inToken) {
                count++;
            }
            inToken = !space;
        }
        return count;
    }

    private static String headlineOf(final String[] track) {
        return track == MILITARY ? "ceasefire talks" : track == POLITICAL ? "coalition talks" : "trade talks";
    }

    private <T> T pick(final T[] values) {
        return values[random.nextInt(values.length)];
    }
}
