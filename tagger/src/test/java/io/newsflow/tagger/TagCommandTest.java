package io.newsflow.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.common.json.Json;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TagCommandTest {

    private static final String BODY = "Angela Merkel met Emmanuel Macron in Berlin on Tuesday.";

    private static Enricher enricher;

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void loadEnricher() {
        enricher = Enrichers.standard();
    }

    @Test
    void tagsRawArticlesAndIdTextLinesKeepingIdsAndReportsBadLinesByNumber() throws IOException {
        final Path input = dir.resolve("in.jsonl");
        final Path output = dir.resolve("out.jsonl");
        Files.writeString(input, String.join("\n",
                "{\"id\": \"raw-1\", \"title\": \"Leaders meet in Paris\", \"body\": \"" + BODY + "\"}",
                "{\"id\": \"doc 2\", \"text\": \"Vladimir Putin spoke in Moscow.\"}",
                "{\"id\": \"broken\", \"text\": ",
                "",
                "[1, 2, 3]",
                "{\"title\": \"No id here\", \"body\": \"Boris Johnson visited Dublin.\"}") + "\n",
                StandardCharsets.UTF_8);

        final int code = run(List.of("tag", "--input", input.toString(), "--output", output.toString()), InputStream.nullInputStream());

        assertEquals(1, code, "some lines failed");
        final String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains("line 3: not valid JSON"), errors);
        assertTrue(errors.contains("line 5: not a JSON object"), errors);
        assertTrue(errors.contains("3 articles tagged, 2 lines failed"), errors);

        final List<EnrichedArticle> tagged = read(Files.readAllLines(output, StandardCharsets.UTF_8));
        assertEquals(3, tagged.size());
        assertEquals("raw-1", tagged.get(0).id());
        assertTrue(names(tagged.get(0).people()).containsAll(List.of("Angela Merkel", "Emmanuel Macron")));
        assertTrue(tagged.get(0).locations().stream().anyMatch(p -> p.name().equals("Paris")
                && p.mentions().get(0).field().equals(Mention.TITLE)), tagged.get(0).locations().toString());
        assertEquals("doc 2", tagged.get(1).id(), "the id of an {id, text} line is kept as it is");
        assertEquals("Vladimir Putin spoke in Moscow.", tagged.get(1).body());
        final Mention putin = tagged.get(1).people().get(0).mentions().get(0);
        assertEquals("Vladimir Putin", tagged.get(1).body().substring(putin.start(), putin.end()));
        assertTrue(tagged.get(2).id().startsWith("sha-"), "a line without id gets the id the stream would derive");
        assertTrue(names(tagged.get(2).people()).contains("Boris Johnson"));
    }

    @Test
    void readsStandardInputAndWritesStandardOutput() {
        final String in = "{\"id\": \"a\", \"text\": \"" + BODY + "\"}\n{\"id\": \"b\", \"text\": \"\"}\n";

        final int code = run(List.of("tag", "--input", "-", "--output=-"),
                new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)));

        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        final List<EnrichedArticle> tagged = read(out.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals(List.of("a", "b"), tagged.stream().map(EnrichedArticle::id).toList());
        assertTrue(names(tagged.get(0).people()).contains("Angela Merkel"));
        assertTrue(tagged.get(1).people().isEmpty());
        assertEquals(List.of("a", "b"), tagged.stream().map(a -> a.story().id()).toList(),
                "two unrelated articles: two stories, each named after its first article");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run(List.of("tag", "--input"), InputStream.nullInputStream()));
        assertEquals(2, run(List.of("tag", "--bogus", "x"), InputStream.nullInputStream()));
        assertEquals(2, run(List.of("tag", "--input", dir.resolve("missing.jsonl").toString(), "--output", "-"),
                InputStream.nullInputStream()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("missing.jsonl"));
    }

    private int run(final List<String> args, final InputStream in) {
        return TagCommand.run(args.subList(1, args.size()), () -> enricher, in,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static List<EnrichedArticle> read(final List<String> lines) {
        final List<EnrichedArticle> articles = new ArrayList<>();
        for (String line : lines) {
            try {
                articles.add(Json.read(line, EnrichedArticle.class));
            } catch (IOException e) {
                throw new AssertionError("output line is not an EnrichedArticle: " + line, e);
            }
        }
        return articles;
    }

    private static List<String> names(final List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }
}
