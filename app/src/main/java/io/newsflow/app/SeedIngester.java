package io.newsflow.app;

import io.newsflow.ingest.ArticlePublisher;
import io.newsflow.ingest.FilesCommand;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes the articles of a directory (.txt, .json, .jsonl) through ingest, as {@code ingest files} does. */
final class SeedIngester {

    private static final Logger LOG = LoggerFactory.getLogger(SeedIngester.class);

    private SeedIngester() {
    }

    /** Publishes every article found; returns how many were accepted. One line per article goes to {@code out}. */
    static int ingest(final Path dir, final ArticlePublisher publisher, final Consumer<String> out) {
        final int[] counts = FilesCommand.publish(List.of(dir), publisher,
                (entry, receipt) -> out.accept("seed " + entry.location() + " accepted id=" + receipt.id()),
                (entry, reason) -> out.accept("seed " + entry.location() + " rejected: " + reason));
        LOG.info("event=seeds_ingested dir={} accepted={} rejected={}", dir, counts[0], counts[1]);
        return counts[0];
    }
}
