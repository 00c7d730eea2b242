package io.newsflow.tagger.limits;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Objects;

/**
 * The time one article may take to tag, counted in CPU time of the thread that tags it: a busy machine
 * then does not stop an article that an idle one would tag, and an article that costs more than the
 * budget is stopped wherever it runs (the transaction timeout, in wall-clock time, is several budgets).
 * Tagging steps call {@link #check} between units of work of bounded size (a few hundred tokens, a step),
 * so an article past its budget stops within one such unit. The check is cooperative because CoreNLP
 * does not answer thread interrupts. One deadline serves one thread.
 */
public final class Deadline {

    /** No budget: tagging runs to the end (the evaluations, whose gold files must be tagged whole). */
    public static final Deadline NONE = new Deadline(Duration.ZERO, Long.MAX_VALUE);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final boolean CPU_TIME = THREADS.isCurrentThreadCpuTimeSupported();

    private final Duration budget;
    private final long budgetNanos;
    private final long startNanos;

    private Deadline(final Duration budget, final long budgetNanos) {
        this.budget = budget;
        this.budgetNanos = budgetNanos;
        this.startNanos = budgetNanos == Long.MAX_VALUE ? 0 : now();
    }

    /** A deadline {@code budget} of CPU time from now; a zero budget means none. */
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
        if (budgetNanos != Long.MAX_VALUE && now() - startNanos > budgetNanos) {
            throw new TaggingBudgetExceededException(budget, stage);
        }
    }

    /** The thread's CPU time where the JVM measures it, else the wall clock. */
    private static long now() {
        return CPU_TIME ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
    }
}
