package io.newsflow.bench;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Enrichment;
import io.newsflow.common.article.Mention;
import io.newsflow.common.article.Place;
import io.newsflow.common.article.TrackTag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Enriched articles as the api's stores hold them, generated from a seed: a few thousand people and
 * organizations, about 200 countries (a few much more frequent than the rest, as news is), a few thousand
 * places, one to three tracks, a title and a body of made-up words, publication times over 30 days.
 */
final class ApiArticleGenerator {

    static final int PEOPLE = 3000;
    static final int ORGS = 1000;
    static final int PLACES = 4000;
    static final int COUNTRIES = 200;
    static final int WORDS = 5000;
    private static final String[] FREQUENT = {"LY", "US", "RU", "TR", "EG", "FR", "DE", "GB", "TN", "IT"};
    private static final Instant START = Instant.parse("2021-01-01T00:00:00Z");
    private static final long SPAN_MS = 30L * 24 * 3600 * 1000;

    private final Random random;
    private final String[] countries = new String[COUNTRIES];

    ApiArticleGenerator(final long seed) {
        this.random = new Random(seed);
        final Set<String> codes = new LinkedHashSet<>(List.of(FREQUENT));
        final Random letters = new Random(seed + 1);
        while (codes.size() < COUNTRIES) {
            codes.add("" + (char) ('A' + letters.nextInt(26)) + (char) ('A' + letters.nextInt(26)));
        }
        codes.toArray(countries);
    }

    /** The {@code n}th article: id {@code bench-api-<n>}. */
    EnrichedArticle article(final int n) {
        final List<Entity> people = new ArrayList<>();
        for (int i = random.nextInt(4); i >= 0; i--) {
            people.add(entity("Person " + name(random.nextInt(PEOPLE))));
        }
        final List<Entity> orgs = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            orgs.add(entity("Organization " + name(random.nextInt(ORGS))));
        }
        final Set<String> countryCodes = new LinkedHashSet<>();
        for (int i = random.nextInt(3); i >= 0; i--) {
            countryCodes.add(country());
        }
        final List<Place> places = new ArrayList<>();
        for (String c : countryCodes) {
            final int id = random.nextInt(PLACES);
            places.add(new Place("Place " + name(id), List.of(), 1_000_000L + id, c, null,
                    -60 + random.nextDouble() * 120, -180 + random.nextDouble() * 360, "P", 10_000L));
        }
        final List<TrackTag> tracks = new ArrayList<>();
        for (String t : TrackTag.ALL) {
            if (random.nextInt(3) == 0) {
                tracks.add(new TrackTag(t, 0.5 + random.nextDouble() / 2, List.of()));
            }
        }
        final String title = words(8);
        final String body = words(120);
        final String at = START.plusMillis((long) (random.nextDouble() * SPAN_MS)).toString();
        return new EnrichedArticle("bench-api-" + n, "https://bench.example/" + n, title, body, "bench", at, "en", 1,
                at, people, orgs, places, new ArrayList<>(countryCodes), tracks,
                tracks.isEmpty() ? null : tracks.get(0).track(), random.nextInt(4) == 0,
                new Enrichment(1, at, 1000));
    }

    private Entity entity(final String name) {
        return new Entity(name, List.of(new Mention(Mention.BODY, 0, name.length(), name)));
    }

    /** Half the articles name one of ten frequent countries, LY among them; the rest spread over all. */
    private String country() {
        return random.nextBoolean() ? FREQUENT[random.nextInt(FREQUENT.length)] : countries[random.nextInt(COUNTRIES)];
    }

    private String words(final int count) {
        final StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            // Skewed towards the first words, as word frequencies are.
            final int w = (int) (WORDS * Math.pow(random.nextDouble(), 3));
            b.append(i == 0 ? "" : " ").append(name(w).toLowerCase(Locale.ROOT));
        }
        return b.append('.').toString();
    }

    /** A pronounceable made-up name for {@code n}. */
    static String name(final int n) {
        final String consonants = "bdfgklmnprstvz";
        final String vowels = "aeiou";
        final StringBuilder b = new StringBuilder();
        int v = n + 7;
        do {
            b.append(consonants.charAt(v % consonants.length()));
            v /= consonants.length();
            b.append(vowels.charAt(v % vowels.length()));
            v /= vowels.length();
        } while (v > 0);
        return Character.toUpperCase(b.charAt(0)) + b.substring(1);
    }
}
