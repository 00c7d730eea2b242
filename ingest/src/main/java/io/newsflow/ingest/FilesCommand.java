package io.newsflow.ingest;

import io.newsflow.common.article.InvalidArticleException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ingest files PATH...}: publishes every article found in the paths and prints one line per
 * article, {@code <id> accepted partition=.. offset=..} or {@code <file>[:line] rejected: reason}.
 */
final class FilesCommand {

    private static final Logger LOG = LoggerFactory.getLogger(FilesCommand.class);

    private FilesCommand() {
    }

    /** Publishes the articles; returns how many could not be published. */
    static int publish(final List<Path> paths, final ArticlePublisher publisher, final PrintStream out) {
        int accepted = 0;
        int failed = 0;
        for (ArticleFiles.Entry entry : ArticleFiles.readAll(paths)) {
            if (!entry.ok()) {
                out.println(entry.location() + " rejected: " + entry.reason());
                failed++;
                continue;
            }
            try {
                final PublishReceipt r = publisher.publish(entry.article());
                out.println(r.id() + " accepted partition=" + r.partition() + " offset=" + r.offset());
                accepted++;
            } catch (InvalidArticleException e) {
                out.println(entry.location() + " rejected: " + ArticleJson.describe(e.problems()));
                failed++;
            } catch (PublishException e) {
                out.println(entry.location() + " rejected: " + e.getMessage());
                failed++;
            }
        }
        LOG.info("event=files_published accepted={} rejected={}", accepted, failed);
        return failed;
    }
}
