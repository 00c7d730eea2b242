package io.newsflow.common.deadletter;

/**
 * Marks an exception that says a record is bad (its key, its shape), not that the code failed: its
 * dead letter is logged by {@link DeadLetterHandler} with the reason alone, as routine input, without a
 * stack trace.
 */
public interface BadInput {
}
