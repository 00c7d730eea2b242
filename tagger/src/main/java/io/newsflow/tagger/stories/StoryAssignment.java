package io.newsflow.tagger.stories;

import io.newsflow.common.article.Story;
import java.util.List;

/**
 * What placing one article did: its story, and when the article bridged two stories of the window, the one
 * merged into the other ({@code absorbed}, null when none) with the ids of its articles that now belong to
 * the article's story ({@code moved}, at most {@value StoryMerger#MAX_MOVED}).
 */
public record StoryAssignment(Story story, String absorbed, List<String> moved) {

    public StoryAssignment {
        moved = List.copyOf(moved);
    }

    static StoryAssignment of(final Story story) {
        return new StoryAssignment(story, null, List.of());
    }
}
