package io.newsflow.app;

import io.newsflow.common.article.InvalidArticleException;
import io.newsflow.ingest.ArticleFiles;
import io.newsflow.ingest.ArticlePublisher;
import io.newsflow.ingest.PublishException;
import io.newsflow.ingest.PublishReceipt;
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
        int accepted = 0;
        int rejected = 0;
        for (ArticleFiles.Entry entry : ArticleFiles.readAll(List.of(dir))) {
            if (!entry.ok()) {
                out.accept("seed " + entry.location() + " rejected: " + entry.reason());
                rejected++;
                continue;
            }
            try {
                final PublishReceipt receipt = publisher.publish(entry.article());
                out.accept("seed " + entry.location() + " accepted id=" + receipt.id());
                accepted++;
            } catch (InvalidArticleException | PublishException e) {
                out.accept("seed " + entry.location() + " rejected: " + e.getMessage());
                rejected++;
            }
        }
        LOG.info("event=seeds_ingested dir={} accepted={} rejected={}", dir, accepted, rejected);
        return accepted;
    }
}
