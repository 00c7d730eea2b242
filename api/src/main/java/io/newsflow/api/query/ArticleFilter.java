package io.newsflow.api.query;

import io.newsflow.api.store.ArticleTerms;
import io.newsflow.api.store.Facet;
import io.newsflow.api.store.IndexKeys;
import io.newsflow.api.store.Words;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Place;
import io.newsflow.common.article.TrackTag;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The filters of {@code /api/articles} and {@code /api/stream}, all AND-ed: as index terms for a store
 * query, and as a test of one article for the live stream. Both say the same: names case-insensitive,
 * words as {@link Words} cuts them.
 */
public final class ArticleFilter {

    /** Most words {@code q} may hold. */
    public static final int MAX_WORDS = 10;
    /** The parameters, in the order the contract lists them. */
    public static final List<String> NAMES = List.of("person", "org", "place", "country", "track", "talks",
            "story", "q", "since", "until");

    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}");

    private final Map<Facet, String> terms;
    private final Set<String> words;
    private final Instant since;
    private final Instant until;

    public ArticleFilter(final Map<Facet, String> terms, final Set<String> words, final Instant since,
            final Instant until) {
        this.terms = Map.copyOf(terms);
        this.words = Set.copyOf(words);
        this.since = since;
        this.until = until;
    }

    /** The filter the parameters give; every value checked. */
    public static ArticleFilter from(final Params p) {
        final Map<Facet, String> terms = new LinkedHashMap<>();
        put(terms, Facet.PERSON, p.get("person") == null ? null : IndexKeys.normalizeName(p.get("person")));
        put(terms, Facet.ORG, p.get("org") == null ? null : IndexKeys.normalizeName(p.get("org")));
        final String place = p.get("place");
        if (place != null && !DIGITS.matcher(place).matches()) {
            throw new BadParameterException("place must be a GeoNames id (digits), was '" + place + "'");
        }
        put(terms, Facet.PLACE, place == null ? null : Long.toString(Long.parseLong(place)));
        final String country = p.get("country");
        if (country != null && !COUNTRY.matcher(country).matches()) {
            throw new BadParameterException("country must be an ISO 3166-1 alpha-2 code, was '" + country + "'");
        }
        put(terms, Facet.COUNTRY, country == null ? null : country.toUpperCase(Locale.ROOT));
        final String track = p.get("track");
        if (track != null && !TrackTag.ALL.contains(track.toLowerCase(Locale.ROOT))) {
            throw new BadParameterException("track must be one of " + TrackTag.ALL + ", was '" + track + "'");
        }
        put(terms, Facet.TRACK, track == null ? null : track.toLowerCase(Locale.ROOT));
        final String talks = p.get("talks");
        if (talks != null && !"true".equalsIgnoreCase(talks) && !"false".equalsIgnoreCase(talks)) {
            throw new BadParameterException("talks must be true or false, was '" + talks + "'");
        }
        put(terms, Facet.TALKS, talks == null ? null : talks.toLowerCase(Locale.ROOT));
        put(terms, Facet.STORY, p.get("story"));
        final String q = p.get("q");
        final Set<String> words = q == null ? Set.of() : Words.of(MAX_WORDS + 1, q);
        if (words.size() > MAX_WORDS) {
            throw new BadParameterException("q holds more than " + MAX_WORDS + " words");
        }
        if (q != null && words.isEmpty()) {
            throw new BadParameterException("q holds no word of " + Words.MIN_LENGTH + " to " + Words.MAX_LENGTH
                    + " letters or digits");
        }
        final Instant since = p.instant("since");
        final Instant until = p.instant("until");
        if (since != null && until != null && until.isBefore(since)) {
            throw new BadParameterException("until is before since");
        }
        return new ArticleFilter(terms, words, since, until);
    }

    private static void put(final Map<Facet, String> terms, final Facet facet, final String value) {
        if (value != null && !value.isEmpty()) {
            terms.put(facet, value);
        }
    }

    /** The facet values an article must be indexed under, words included. */
    public List<ArticleTerms.Term> terms() {
        final List<ArticleTerms.Term> all = new ArrayList<>();
        terms.forEach((f, v) -> all.add(new ArticleTerms.Term(f, v)));
        words.forEach(w -> all.add(new ArticleTerms.Term(Facet.WORD, w)));
        return all;
    }

    public Instant since() {
        return since;
    }

    public Instant until() {
        return until;
    }

    /** Whether {@code a} passes every filter (the live stream's test). */
    public boolean matches(final EnrichedArticle a) {
        final Instant t = ArticleTerms.timeOf(a);
        if ((since != null && t.isBefore(since)) || (until != null && t.isAfter(until))) {
            return false;
        }
        for (Map.Entry<Facet, String> e : terms.entrySet()) {
            if (!has(a, e.getKey(), e.getValue())) {
                return false;
            }
        }
        return words.isEmpty() || Words.of(Words.MAX_PER_ARTICLE, a.title(), a.body()).containsAll(words);
    }

    private static boolean has(final EnrichedArticle a, final Facet facet, final String v) {
        return switch (facet) {
            case PERSON -> a.people().stream().map(Entity::name).anyMatch(n -> IndexKeys.normalizeName(n).equals(v));
            case ORG -> a.organizations().stream().map(Entity::name)
                    .anyMatch(n -> IndexKeys.normalizeName(n).equals(v));
            case PLACE -> a.locations().stream().map(Place::geonameId).anyMatch(g -> g != null && v.equals(g.toString()));
            case COUNTRY -> a.countries().stream().anyMatch(v::equalsIgnoreCase);
            case TRACK -> a.tracks().stream().anyMatch(tt -> v.equalsIgnoreCase(tt.track()));
            case TALKS -> Boolean.toString(a.talks()).equals(v);
            case STORY -> a.story() != null && v.equals(a.story().id());
            default -> true;
        };
    }
}
