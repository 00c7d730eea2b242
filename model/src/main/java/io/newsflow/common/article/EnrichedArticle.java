package io.newsflow.common.article;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An article with its tags: the value of {@code news.articles.enriched}, {@code news.articles.current}
 * and the {@code news.tracks.*} topics.
 *
 * <p>{@code story} is absent from the JSON until a story stage has assigned one (as {@code limits} of
 * {@link Enrichment} is absent when empty), so records written before stories existed read as before.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonClassDescription("An article with its tags. language is the ISO 639-1 code newsflow took the text to be in; "
        + "people, organizations and locations list each entity once with all its mentions; countries "
        + "are ISO codes, most prominent first; tracks the primary track first; story is absent until a"
        + " story stage assigned one.")
public record EnrichedArticle(
        String id,
        String url,
        String title,
        String body,
        String source,
        String publishedAt,
        String language,
        long revision,
        String ingestedAt,
        List<Entity> people,
        List<Entity> organizations,
        List<Place> locations,
        List<String> countries,
        List<TrackTag> tracks,
        String primaryTrack,
        boolean talks,
        Enrichment enrichment,
        @JsonInclude(JsonInclude.Include.NON_NULL) Story story) {

    public EnrichedArticle {
        people = people == null ? List.of() : List.copyOf(people);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        locations = locations == null ? List.of() : List.copyOf(locations);
        countries = countries == null ? List.of() : List.copyOf(countries);
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
    }

    /** An article without a story yet (the enricher's output before the story stage). */
    public EnrichedArticle(final String id, final String url, final String title, final String body,
            final String source, final String publishedAt, final String language, final long revision,
            final String ingestedAt, final List<Entity> people, final List<Entity> organizations,
            final List<Place> locations, final List<String> countries, final List<TrackTag> tracks,
            final String primaryTrack, final boolean talks, final Enrichment enrichment) {
        this(id, url, title, body, source, publishedAt, language, revision, ingestedAt, people, organizations,
                locations, countries, tracks, primaryTrack, talks, enrichment, null);
    }

    /** This article with the given story. */
    public EnrichedArticle withStory(final Story assigned) {
        return new EnrichedArticle(id, url, title, body, source, publishedAt, language, revision, ingestedAt,
                people, organizations, locations, countries, tracks, primaryTrack, talks, enrichment, assigned);
    }

    /** The revision and enrichment version this record carries; not a JSON field of its own. */
    @JsonIgnore
    public ArticleVersion version() {
        return new ArticleVersion(revision, enrichment == null ? 0 : enrichment.version());
    }
}
