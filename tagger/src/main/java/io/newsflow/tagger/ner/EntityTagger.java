package io.newsflow.tagger.ner;

import io.newsflow.tagger.limits.Deadline;

/**
 * Finds the people, organizations and places in an article. Implementations are thread-safe: one
 * instance serves every stream thread of the process.
 */
public interface EntityTagger {

    /** Tags the title and body; either may be empty, neither is null. */
    EntityTags tag(String title, String body);

    /**
     * Tags the title and body within {@code deadline}, checking it between units of work of bounded size.
     *
     * @throws io.newsflow.tagger.limits.TaggingBudgetExceededException past the deadline
     */
    default EntityTags tag(final String title, final String body, final Deadline deadline) {
        deadline.check("entities");
        return tag(title, body);
    }
}
