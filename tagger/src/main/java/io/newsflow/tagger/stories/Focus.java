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
        return story != null && compatible(articleCountries, story.countries());
    }

    static boolean compatible(final List<String> articleCountries, final List<String> storyCountries) {
        if (articleCountries.isEmpty() || storyCountries.isEmpty()) {
            return true;
        }
        return storyCountries.contains(articleCountries.get(0)) && articleCountries.contains(storyCountries.get(0));
    }
}
