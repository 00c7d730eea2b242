package io.newsflow.api.store;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Place;
import io.newsflow.common.article.TrackTag;
import io.newsflow.common.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What one article is indexed and counted under: its position (time: {@code publishedAt}, else
 * {@code ingestedAt}), its facet values, and for each counted value what the count answers show.
 */
public final class ArticleTerms {

    /** One facet value of the article. */
    public record Term(Facet facet, String value) {
    }

    private final Position position;
    private final Map<Term, byte[]> counted = new LinkedHashMap<>();
    private final Map<Term, Boolean> indexed = new LinkedHashMap<>();

    private ArticleTerms(final EnrichedArticle a) {
        this.position = Position.of(timeOf(a), a.id());
        indexed.put(new Term(Facet.TIME, ""), true);
        for (Entity e : a.people()) {
            count(Facet.PERSON, IndexKeys.normalizeName(e.name()), e.name());
        }
        for (Entity e : a.organizations()) {
            count(Facet.ORG, IndexKeys.normalizeName(e.name()), e.name());
        }
        for (Place p : a.locations()) {
            if (p.geonameId() != null) {
                count(Facet.PLACE, Long.toString(p.geonameId()), Json.write(new PlaceInfo(p.name(), p.countryCode(),
                        p.lat(), p.lon())));
            }
        }
        for (String c : a.countries()) {
            count(Facet.COUNTRY, c.toUpperCase(Locale.ROOT), c.toUpperCase(Locale.ROOT));
        }
        for (TrackTag t : a.tracks()) {
            count(Facet.TRACK, t.track().toLowerCase(Locale.ROOT), t.track().toLowerCase(Locale.ROOT));
        }
        count(Facet.TALKS, Boolean.toString(a.talks()), Boolean.toString(a.talks()));
        if (a.story() != null && a.story().id() != null) {
            count(Facet.STORY, a.story().id(), a.story().id());
        }
        for (String w : Words.of(Words.MAX_PER_ARTICLE, a.title(), a.body())) {
            indexed.put(new Term(Facet.WORD, w), true);
        }
    }

    /** What a place's count answers show besides its id and count. */
    public record PlaceInfo(String name, String country, Double lat, Double lon) {
    }

    public static ArticleTerms of(final EnrichedArticle article) {
        return new ArticleTerms(article);
    }

    private void count(final Facet facet, final String value, final String display) {
        if (value.isEmpty()) {
            return;
        }
        final Term term = new Term(facet, value);
        indexed.put(term, true);
        counted.putIfAbsent(term, display.getBytes(StandardCharsets.UTF_8));
    }

    public Position position() {
        return position;
    }

    /** Every facet value the article is indexed under (the time index included). */
    public Iterable<Term> indexed() {
        return indexed.keySet();
    }

    /** The counted facet values, each with what its count answers show. */
    public Map<Term, byte[]> counted() {
        return counted;
    }

    /** The article's time: {@code publishedAt}, else {@code ingestedAt}, else the epoch. */
    public static Instant timeOf(final EnrichedArticle a) {
        final Instant published = parse(a.publishedAt());
        if (published != null) {
            return published;
        }
        final Instant ingested = parse(a.ingestedAt());
        return ingested == null ? Instant.EPOCH : ingested;
    }

    /** An ISO-8601 instant or offset date-time; null when absent or unreadable. */
    public static Instant parse(final String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}
