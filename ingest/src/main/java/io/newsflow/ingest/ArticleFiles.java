package io.newsflow.ingest;

import io.newsflow.common.article.ArticleProblem;
import io.newsflow.common.article.InvalidArticleException;
import io.newsflow.common.article.RawArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads articles from files, or from every such file under a directory (recursively, in path order):
 * <ul>
 * <li>{@code .txt}: one article as {@link PlainTextArticle} reads it (title line, optional dateline,
 * body);</li>
 * <li>{@code .json}: one article object;</li>
 * <li>{@code .jsonl} / {@code .ndjson}: one article object per non-blank line;</li>
 * <li>{@code .html} / {@code .htm}: one web page, whose main text is the body and whose title is the title
 * (in the charset the page declares, else UTF-8).</li>
 * </ul>
 * Nothing here throws for a bad file: each article, or each thing that could not be read, is an
 * {@link Entry} naming the file (and line), so that the caller can report every one.
 *
 * <p>A plain-text article carries no id: like any article without id or url, it gets the id
 * {@link io.newsflow.common.article.ArticleIds#fromContent} derives from source, title and body, so
 * the same file published twice is the same article.
 */
public final class ArticleFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ArticleFiles.class);
    /** An article of no fields, which a page's title and text fill. */
    private static final RawArticle NO_FIELDS = new RawArticle(null, null, null, null, null, null, null, null, null);

    /** One article read from {@code file} (at {@code line}, 1-based, for JSON lines; 0 otherwise), or why not. */
    public record Entry(Path file, int line, RawArticle article, List<ArticleProblem> problems) {

        public Entry {
            problems = problems == null ? List.of() : List.copyOf(problems);
        }

        public boolean ok() {
            return article != null;
        }

        /** {@code file} or {@code file:line}, for messages. */
        public String location() {
            return line > 0 ? file + ":" + line : file.toString();
        }

        /** Why the article could not be read; empty when it was. */
        public String reason() {
            return ArticleJson.describe(problems);
        }
    }

    private ArticleFiles() {
    }

    /** Every article in {@code path}, a file or a directory. */
    public static List<Entry> read(final Path path) {
        if (!Files.exists(path)) {
            return List.of(problem(path, 0, "file", "no such file or directory"));
        }
        if (!Files.isDirectory(path)) {
            return kindOf(path) == Kind.OTHER
                    ? List.of(problem(path, 0, "file",
                            "unsupported file type; use .txt, .json, .jsonl, .ndjson, .html or .htm"))
                    : readFile(path);
        }
        final List<Path> files;
        try (Stream<Path> walk = Files.walk(path)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> kindOf(p) != Kind.OTHER)
                    .sorted()
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of(problem(path, 0, "file", "cannot list directory: " + e.getMessage()));
        }
        LOG.debug("event=directory_listed path={} files={}", path, files.size());
        return files.stream().flatMap(f -> readFile(f).stream()).toList();
    }

    /** Every article in each of {@code paths}, in the order given. */
    public static List<Entry> readAll(final List<Path> paths) {
        return paths.stream().flatMap(p -> read(p).stream()).toList();
    }

    private static List<Entry> readFile(final Path file) {
        final String text;
        try {
            final byte[] bytes = Files.readAllBytes(file);
            if (kindOf(file) == Kind.HTML) {
                return List.of(readOne(file, () -> HtmlBodies.withPage(NO_FIELDS,
                        HtmlBodies.extract("file", bytes, null, null))));
            }
            text = stripBom(new String(bytes, StandardCharsets.UTF_8));
        } catch (NoSuchFileException e) {
            return List.of(problem(file, 0, "file", "no such file"));
        } catch (IOException e) {
            return List.of(problem(file, 0, "file", "cannot read: " + e.getMessage()));
        }
        return switch (kindOf(file)) {
            case TEXT -> List.of(readOne(file, () -> PlainTextArticle.parse(text)));
            case JSON -> List.of(readOne(file, () -> ArticleJson.readOne(text.getBytes(StandardCharsets.UTF_8))));
            case JSON_LINES -> readJsonLines(file, text);
            case HTML, OTHER -> List.of(problem(file, 0, "file", "unsupported file type"));
        };
    }

    /** The one article {@code read} returns, or its problems. */
    private static Entry readOne(final Path file, final Supplier<RawArticle> read) {
        try {
            return new Entry(file, 0, read.get(), List.of());
        } catch (InvalidArticleException e) {
            return new Entry(file, 0, null, e.problems());
        }
    }

    private static List<Entry> readJsonLines(final Path file, final String text) {
        final List<Entry> entries = ArticleJson.readLines(text.getBytes(StandardCharsets.UTF_8)).stream()
                .map(item -> new Entry(file, item.line(), item.article(), item.problems()))
                .toList();
        return entries.isEmpty() ? List.of(problem(file, 0, "file", "no articles in file")) : entries;
    }

    private enum Kind { TEXT, JSON, JSON_LINES, HTML, OTHER }

    private static Kind kindOf(final Path file) {
        final String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return Kind.TEXT;
        }
        if (name.endsWith(".json")) {
            return Kind.JSON;
        }
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Kind.JSON_LINES;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return Kind.HTML;
        }
        return Kind.OTHER;
    }

    private static Entry problem(final Path file, final int line, final String field, final String message) {
        return new Entry(file, line, null, List.of(new ArticleProblem(field, message)));
    }

    private static String stripBom(final String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
