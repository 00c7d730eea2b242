package io.newsflow.common.article;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/**
 * One story as a consumer sees it, the value of {@code news.stories.current} under the story id: its
 * title (its first article's), when its first and last articles were published (ISO instants), its
 * articles in arrival order, and what they name: sources, people, organizations, places, countries (most
 * prominent first), talk-tracks, and whether any is about talks.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonClassDescription("One story: its title (its first article's), firstSeen and lastSeen (ISO instants), its "
        + "articles in arrival order, and the sources, people, organizations, places, countries (most "
        + "prominent first) and talk-tracks they name; talks when any is about talks.")
public record StoryView(String id, String title, String firstSeen, String lastSeen, List<Article> articles,
        List<String> sources, List<String> people, List<String> organizations, List<String> places,
        List<String> countries, List<String> tracks, boolean talks) {

    public StoryView {
        articles = articles == null ? List.of() : List.copyOf(articles);
        sources = sources == null ? List.of() : List.copyOf(sources);
        people = people == null ? List.of() : List.copyOf(people);
        organizations = organizations == null ? List.of() : List.copyOf(organizations);
        places = places == null ? List.of() : List.copyOf(places);
        countries = countries == null ? List.of() : List.copyOf(countries);
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
    }

    /** One article of a story; {@code duplicateOf} as in {@link Story}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonClassDescription("One article of a story; duplicateOf as in Story.")
    public record Article(String id, String title, String source, String publishedAt, String duplicateOf) {
    }
}
