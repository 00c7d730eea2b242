package io.newsflow.tagger.stories;

import io.newsflow.common.article.StoryView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Builds the view of a story from the state: its record and the records of the articles it keeps. */
final class StoryViews {

    private StoryViews() {
    }

    static StoryView of(final StoryState state, final String storyId) {
        final StoryRecord story = state.story(storyId);
        if (story == null) {
            return null;
        }
        final List<StoryView.Article> articles = new ArrayList<>(story.articleIds().size());
        for (String id : story.articleIds()) {
            final ArticleRecord article = state.article(id);
            if (article != null) {
                articles.add(new StoryView.Article(id, article.title(), article.source(), article.publishedAt(),
                        article.duplicateOf()));
            }
        }
        final StoryTags tags = story.tags();
        return new StoryView(story.id(), story.title(), Instant.ofEpochMilli(story.firstSeen()).toString(),
                Instant.ofEpochMilli(story.lastSeen()).toString(), articles, tags.sources(), tags.people(),
                tags.organizations(), tags.places(), story.countries(), tags.tracks(), tags.talks());
    }
}
