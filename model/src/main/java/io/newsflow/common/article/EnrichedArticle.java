package io.newsflow.common.article;

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

    /** True when this version should replace {@code other} as the current one for the same id. */
    public boolean supersedes(final EnrichedArticle other) {
        if (other == null) {
            return true;
        }
        if (revision != other.revision) {
            return revision > other.revision;
        }
        final int mine = enrichment == null ? 0 : enrichment.version();
        final int theirs = other.enrichment == null ? 0 : other.enrichment.version();
        return mine >= theirs;
    }
}
