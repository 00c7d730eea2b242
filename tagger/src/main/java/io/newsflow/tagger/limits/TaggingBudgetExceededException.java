package io.newsflow.tagger.limits;

import java.time.Duration;

/**
 * An article whose tagging took longer than its budget. The stream dead-letters it with this message
 * (never retries it), so that one article cannot hold the stream's transaction open past its timeout.
 */
public final class TaggingBudgetExceededException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TaggingBudgetExceededException(final Duration budget, final String stage) {
        super("tagging exceeded its budget of " + budget.toMillis() + " ms (stopped at " + stage
                + "); raise --tag-budget to tag such articles");
    }
}
