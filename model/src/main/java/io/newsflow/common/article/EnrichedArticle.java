package io.newsflow.common.article;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * An article with its tags: the value of {@code news.articles.enriched}, {@code news.articles.current}
 * and the {@code news.tracks.*} topics.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
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
        Enrichment enrichment) {

    public EnrichedArticle {
        people = people == null ? List.of() : List.copyOf(people);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        locations = locations == null ? List.of() : List.copyOf(locations);
        countries = countries == null ? List.of() : List.copyOf(countries);
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
    }

    /** The revision and enrichment version this record carries; not a JSON field of its own. */
    @JsonIgnore
    public ArticleVersion version() {
        return new ArticleVersion(revision, enrichment == null ? 0 : enrichment.version());
    }
}
