package io.newsflow.tagger.stories;

import java.util.List;

/**
 * Whether an article and a story can be about the same event as far as their countries tell: when both
 * name countries, the article's most prominent country must be among the story's and the story's among
 * the article's. Two earthquakes, or talks on Libya and talks on Yemen held in the same city, can share
 * most of their words (a template, an agency's phrasing) and still be different events; a second report
 * of one event may name more countries, but not put another one first.
 */
final class Focus {

    private Focus() {
    }

    static boolean compatible(final List<String> articleCountries, final StoryRecord story) {
        if (story == null) {
            return false;
        }
        if (articleCountries.isEmpty() || story.countries().isEmpty()) {
            return true;
        }
        return story.countries().contains(articleCountries.get(0)) && articleCountries.contains(story.countries().get(0));
    }
}
