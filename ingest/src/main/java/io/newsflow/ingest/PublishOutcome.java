package io.newsflow.ingest;

import io.newsflow.common.article.ArticleProblem;
import java.util.List;

/**
 * What became of one article of a batch: exactly one of {@code receipt} (accepted), {@code problems}
 * (invalid, nothing published) or {@code failure} (valid but not acknowledged) is set.
 * {@code id} is null when the article was too broken to name.
 */
public record PublishOutcome(String id, PublishReceipt receipt, List<ArticleProblem> problems,
        PublishException failure) {

    public PublishOutcome {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public static PublishOutcome accepted(final PublishReceipt receipt) {
        return new PublishOutcome(receipt.id(), receipt, null, null);
    }

    public static PublishOutcome invalid(final String id, final List<ArticleProblem> problems) {
        return new PublishOutcome(id, null, problems, null);
    }

    public static PublishOutcome failed(final String id, final PublishException failure) {
        return new PublishOutcome(id, null, null, failure);
    }

    public boolean isAccepted() {
        return receipt != null;
    }

    public boolean isInvalid() {
        return receipt == null && failure == null;
    }
}
