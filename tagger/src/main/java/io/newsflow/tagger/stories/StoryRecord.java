package io.newsflow.tagger.stories;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One story of the window as the state keeps it (the value under its id): its title (its first
 * article's), when its articles were published (first and last), the summed feature vectors of its
 * articles cut to the strongest {@value StoryIndex#CENTROID_FEATURES}, the countries they name (its first
 * article's focus first), the ids of
 * its articles (at most {@value StoryIndex#MAX_ARTICLES_KEPT} are kept; {@code articleCount} counts all), and
 * the features under which the inverted index lists it (at most {@value StoryIndex#MAX_INDEXED}), so that its
 * eviction removes it from exactly those postings, and what its articles name ({@link StoryTags}).
 */
public record StoryRecord(String id, String title, long firstSeen, long lastSeen, Map<String, Double> centroid,
        List<String> countries, List<String> articleIds, int articleCount, Set<String> indexed, StoryTags tags) {

    public StoryRecord {
        centroid = Map.copyOf(centroid);
        countries = List.copyOf(countries);
        articleIds = List.copyOf(articleIds);
        indexed = Set.copyOf(indexed);
        tags = tags == null ? StoryTags.EMPTY : tags;
    }
}
