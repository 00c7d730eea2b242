package io.newsflow.ingest;

import io.newsflow.common.article.InvalidArticleException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ingest files PATH...}: publishes every article found in the paths and prints one line per
 * article, {@code <id> accepted partition=.. offset=..} or {@code <file>[:line] rejected: reason}.
 */
public final class FilesCommand {

    private static final Logger LOG = LoggerFactory.getLogger(FilesCommand.class);

    private FilesCommand() {
    }

    /** Publishes the articles; returns how many could not be published. */
    static int publish(final List<Path> paths, final ArticlePublisher publisher, final PrintStream out) {
        final int[] counts = publish(paths, publisher,
                (entry, r) -> out.println(r.id() + " accepted partition=" + r.partition() + " offset=" + r.offset()),
                (entry, reason) -> out.println(entry.location() + " rejected: " + reason));
        LOG.info("event=files_published accepted={} rejected={}", counts[0], counts[1]);
        return counts[1];
    }

    /**
     * Publishes every article of {@code paths}, handing each receipt to {@code accepted} and the reason of
     * each article that could not be read or published to {@code rejected}.
     *
     * @return how many were accepted and how many rejected
     */
    public static int[] publish(final List<Path> paths, final ArticlePublisher publisher,
            final BiConsumer<ArticleFiles.Entry, PublishReceipt> accepted,
            final BiConsumer<ArticleFiles.Entry, String> rejected) {
        final int[] counts = new int[2];
        for (ArticleFiles.Entry entry : ArticleFiles.readAll(paths)) {
            String reason = entry.reason();
            if (entry.ok()) {
                try {
                    accepted.accept(entry, publisher.publish(entry.article()));
                    counts[0]++;
                    continue;
                } catch (InvalidArticleException | PublishException e) {
                    reason = e.getMessage();
                }
            }
            rejected.accept(entry, reason);
            counts[1]++;
        }
        return counts;
    }
}
