package io.newsflow.enrich.stories;

import io.newsflow.common.article.StoryView;

/**
 * What the story processor emits: the article with its story, as the JSON {@code news.articles.enriched}
 * takes (null for a retraction), under the article id, or the new view of a story (null once it has no
 * article) under the story id.
 */
record StoryOutput(boolean isView, byte[] article, StoryView view) {

    static StoryOutput article(final byte[] article) {
        return new StoryOutput(false, article, null);
    }

    static StoryOutput view(final StoryView view) {
        return new StoryOutput(true, null, view);
    }
}
