package io.newsflow.bench;

import io.newsflow.common.article.RawArticle;
import io.newsflow.ingest.ArticleFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The articles each phase sends: generated, but for one in every 100, which is a seed article when there
 * are seeds. The generator is deterministic but stateful, so the phases must ask in the same order on every
 * run for the runs to be comparable.
 */
final class Workload {

    private final ArticleGenerator generator;
    private final List<RawArticle> seeds;

    Workload(final ArticleGenerator generator, final List<RawArticle> seeds) {
        this.generator = generator;
        this.seeds = List.copyOf(seeds);
    }

    static Workload of(final BenchConfig config) {
        return new Workload(new ArticleGenerator(config.seed(), config.tokens()), readSeeds(config.seedsDir()));
    }

    int seedCount() {
        return seeds.size();
    }

    /** {@code n} articles with ids {@code bench-<prefix>-<i>}, seed articles mixed in. */
    List<RawArticle> articles(final String prefix, final int n) {
        return build(prefix, n, seeds);
    }

    /** {@code n} generated articles only: for warm-up and latency, where a seed's odd length would be noise. */
    List<RawArticle> generated(final String prefix, final int n) {
        return build(prefix, n, List.of());
    }

    private List<RawArticle> build(final String prefix, final int n, final List<RawArticle> mixedIn) {
        final List<RawArticle> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            final String id = "bench-" + prefix + "-" + i;
            list.add(!mixedIn.isEmpty() && i % 100 == 50 ? mixedIn.get((i / 100) % mixedIn.size()).withId(id)
                    : generator.next(id, i));
        }
        return list;
    }

    static int tokensOf(final RawArticle a) {
        return ArticleGenerator.countTokens(a.title() == null ? "" : a.title())
                + ArticleGenerator.countTokens(a.body() == null ? "" : a.body());
    }

    /** The readable articles of {@code dir}, in file name order; none when it is blank or not a directory. */
    static List<RawArticle> readSeeds(final String dir) {
        if (dir == null || dir.isBlank() || !Files.isDirectory(Path.of(dir))) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(dir))) {
            return ArticleFiles.readAll(files.sorted().toList()).stream().filter(ArticleFiles.Entry::ok)
                    .map(ArticleFiles.Entry::article).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
