package io.newsflow.tagger.stories;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Place;
import io.newsflow.common.article.TrackTag;
import java.util.ArrayList;
import java.util.List;

/**
 * What the articles of a story name, for its view on {@code news.stories.current}: sources, people,
 * organizations, places and talk-tracks in the order first seen, at most {@value #MAX} of each, and whether
 * any article is about talks. A retracted article's names stay until the story leaves the window.
 */
public record StoryTags(List<String> sources, List<String> people, List<String> organizations, List<String> places,
        List<String> tracks, boolean talks) {

    static final int MAX = 50;
    static final StoryTags EMPTY = new StoryTags(List.of(), List.of(), List.of(), List.of(), List.of(), false);

    public StoryTags {
        sources = List.copyOf(sources);
        people = List.copyOf(people);
        organizations = List.copyOf(organizations);
        places = List.copyOf(places);
        tracks = List.copyOf(tracks);
    }

    StoryTags with(final EnrichedArticle article) {
        return new StoryTags(
                add(sources, article.source() == null ? List.of() : List.of(article.source())),
                add(people, article.people().stream().map(Entity::name).toList()),
                add(organizations, article.organizations().stream().map(Entity::name).toList()),
                add(places, article.locations().stream().map(Place::name).toList()),
                add(tracks, article.tracks().stream().map(TrackTag::track).toList()),
                talks || article.talks());
    }

    /** These tags, then those of {@code other} that are new, each list within its cap. */
    StoryTags merge(final StoryTags other) {
        return new StoryTags(add(sources, other.sources), add(people, other.people),
                add(organizations, other.organizations), add(places, other.places), add(tracks, other.tracks),
                talks || other.talks);
    }

    private static List<String> add(final List<String> kept, final List<String> more) {
        final List<String> all = new ArrayList<>(kept);
        for (String name : more) {
            if (all.size() >= MAX) {
                break;
            }
            if (name != null && !all.contains(name)) {
                all.add(name);
            }
        }
        return all;
    }
}
