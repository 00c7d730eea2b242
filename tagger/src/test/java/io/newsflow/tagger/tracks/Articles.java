package io.newsflow.tagger.tracks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Test articles: the project's own (title line, then body) and the seed article of the repository. */
final class Articles {

    record Article(String title, String body) {
    }

    private Articles() {
    }

    static Article resource(final String name) {
        try (InputStream in = Articles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("test article missing: " + name);
            }
            final String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            final int newline = text.indexOf('\n');
            return new Article(text.substring(0, newline).strip(), text.substring(newline + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed: title line, blank line, dateline; the body is everything after the dateline. */
    static Article seed() {
        final Path file = repositoryRoot().resolve("seeds").resolve("2020-10-19-un-libya-military-talks.txt");
        try {
            final List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            int dateline = 1;
            while (!lines.get(dateline).startsWith("AP ,")) {
                dateline++;
            }
            return new Article(lines.get(0).strip(), String.join("\n", lines.subList(dateline + 1, lines.size())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("seeds"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("seeds directory not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
