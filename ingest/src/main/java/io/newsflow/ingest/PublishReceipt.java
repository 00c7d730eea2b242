package io.newsflow.ingest;

/** Where the broker stored an accepted article (or retraction): the answer of a 202. */
public record PublishReceipt(String id, String topic, int partition, long offset) {
}
