package io.newsflow.enrich.limits;

import java.time.Duration;
import java.util.Objects;

/**
 * The time one article may take to tag. Tagging steps call {@link #check} between units of work of
 * bounded size (a sentence, a step), so an article past its budget stops within one such unit. The check
 * is cooperative because CoreNLP does not answer thread interrupts.
 */
public final class Deadline {

    /** No budget: tagging runs to the end (the evaluations, whose gold files must be tagged whole). */
    public static final Deadline NONE = new Deadline(Duration.ZERO, Long.MAX_VALUE);

    private final Duration budget;
    private final long startNanos;
    private final long budgetNanos;

    private Deadline(final Duration budget, final long budgetNanos) {
        this.budget = budget;
        this.startNanos = System.nanoTime();
        this.budgetNanos = budgetNanos;
    }

    /** A deadline {@code budget} from now; a zero budget means none. */
    public static Deadline after(final Duration budget) {
        Objects.requireNonNull(budget, "budget");
        if (budget.isNegative()) {
            throw new IllegalArgumentException("budget must not be negative: " + budget);
        }
        return budget.isZero() ? NONE : new Deadline(budget, budget.toNanos());
    }

    /**
     * @throws TaggingBudgetExceededException when the budget is spent; {@code stage} says where
     */
    public void check(final String stage) {
        if (budgetNanos != Long.MAX_VALUE && System.nanoTime() - startNanos > budgetNanos) {
            throw new TaggingBudgetExceededException(budget, stage);
        }
    }
}
