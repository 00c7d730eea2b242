package io.newsflow.tagger.stories;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Place;
import io.newsflow.common.article.TrackTag;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an article is about, as a unit vector of weighted features: its people ({@code p:}),
 * organizations ({@code o:}), places ({@code g:} GeoNames id, else name), countries ({@code c:}),
 * talk-tracks ({@code t:}) and salient words ({@code w:}, term frequency times rarity among recent
 * articles, title words counting double). Only the strongest {@value #MAX_FEATURES} are kept, and only
 * the first {@value #MAX_WORDS} words of the body are read, so its cost is bounded.
 */
record ArticleFeatures(Map<String, Double> vector, List<String> countries, Set<String> distinctWords) {

    static final int MAX_FEATURES = 40;
    static final int MAX_WORDS = 600;
    static final int MAX_ENTITIES = 30;

    private static final double PERSON = 3.0;
    private static final double ORGANIZATION = 2.5;
    private static final double PLACE = 2.5;
    private static final double COUNTRY = 1.5;
    private static final double TRACK = 0.5;
    private static final double TITLE = 2.0;

    static ArticleFeatures of(final EnrichedArticle article, final WordRarity rarity) {
        return of(article, rarity, Words.of(article.body(), MAX_WORDS));
    }

    /** The features of an article whose body is already split into words (only the first {@value #MAX_WORDS} count). */
    static ArticleFeatures of(final EnrichedArticle article, final WordRarity rarity, final List<String> bodyWords) {
        final Map<String, Double> weights = new HashMap<>();
        entities(weights, "p:", article.people(), PERSON);
        entities(weights, "o:", article.organizations(), ORGANIZATION);
        int places = 0;
        for (Place place : article.locations()) {
            if (places++ >= MAX_ENTITIES) {
                break;
            }
            final String key = place.geonameId() != null ? "g:" + place.geonameId()
                    : "g:" + place.name().toLowerCase(Locale.ROOT);
            weights.merge(key, PLACE * damp(place.mentions().size()), Math::max);
        }
        final List<String> countries = new ArrayList<>();
        for (String country : article.countries()) {
            if (countries.size() >= MAX_ENTITIES) {
                break;
            }
            if (!countries.contains(country)) {
                countries.add(country);
            }
            weights.merge("c:" + country, COUNTRY, Math::max);
        }
        for (TrackTag track : article.tracks()) {
            weights.merge("t:" + track.track(), TRACK, Math::max);
        }
        final Map<String, Double> termFrequency = new LinkedHashMap<>();
        for (String word : Words.of(article.title(), 100)) {
            if (StopWords.salient(word)) {
                termFrequency.merge(word, TITLE, Double::sum);
            }
        }
        for (String word : bodyWords.size() > MAX_WORDS ? bodyWords.subList(0, MAX_WORDS) : bodyWords) {
            if (StopWords.salient(word)) {
                termFrequency.merge(word, 1.0, Double::sum);
            }
        }
        for (Map.Entry<String, Double> e : termFrequency.entrySet()) {
            final double idf = rarity.idf(e.getKey());
            if (idf > 0) {
                weights.put("w:" + e.getKey(), (1 + Math.log(e.getValue())) * idf / 2);
            }
        }
        return new ArticleFeatures(strongest(weights, MAX_FEATURES), countries, termFrequency.keySet());
    }

    private static void entities(final Map<String, Double> weights, final String prefix, final List<Entity> entities,
            final double weight) {
        int n = 0;
        for (Entity entity : entities) {
            if (n++ >= MAX_ENTITIES) {
                break;
            }
            weights.merge(prefix + entity.name().toLowerCase(Locale.ROOT), weight * damp(entity.mentions().size()),
                    Math::max);
        }
    }

    /** An entity named five times weighs more than one named once, but not five times more. */
    private static double damp(final int mentions) {
        return 1 + Math.log(Math.max(1, mentions)) / 2;
    }

    /** The {@code max} heaviest features, scaled to unit length; ties broken by name, for determinism. */
    static Map<String, Double> strongest(final Map<String, Double> weights, final int max) {
        final List<Map.Entry<String, Double>> entries = Heaviest.of(weights, max);
        double norm = 0;
        final int n = entries.size();
        for (int i = 0; i < n; i++) {
            norm += entries.get(i).getValue() * entries.get(i).getValue();
        }
        norm = Math.sqrt(norm);
        final Map<String, Double> vector = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            vector.put(entries.get(i).getKey(), entries.get(i).getValue() / norm);
        }
        return vector;
    }
}
