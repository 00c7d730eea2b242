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
    void eachOutputLineCarriesItsLanguageAndANonEnglishOneWhyItWasNotTagged() throws IOException {
        final String french = "Le président Emmanuel Macron a reçu mardi à Paris le chancelier allemand pour parler"
                + " de la guerre en Ukraine et du budget européen, avant un sommet prévu le mois prochain à Bruxelles.";
        final String in = "{\"id\": \"fr-1\", \"text\": \"" + french + "\"}\n"
                + "{\"id\": \"es-1\", \"title\": \"Huelga\", \"language\": \"es\", \"body\": \"Huelga de profesores.\"}\n"
                + "{\"id\": \"en-1\", \"text\": \"" + BODY + "\"}\n";

        assertEquals(0, run(List.of("tag", "--input", "-", "--output", "-"),
                new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8))), err.toString(StandardCharsets.UTF_8));

        assertTrue(err.toString(StandardCharsets.UTF_8).contains("3 articles tagged, 0 lines failed; 2 written without"
                + " tags (enrichment.skipped: not English)"), err.toString(StandardCharsets.UTF_8));
        final List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).contains("\"language\":\"fr\"") && lines.get(0).contains("\"skipped\":\"language:fr\""),
                lines.get(0));
        final List<EnrichedArticle> tagged = read(lines);
        assertTrue(tagged.get(0).people().isEmpty() && tagged.get(0).locations().isEmpty(),
                "no English tags on a French text: " + tagged.get(0));
        assertEquals("es", tagged.get(1).language(), "too short to detect: the declared language stands");
        assertEquals("language:es", tagged.get(1).enrichment().skipped());
        assertEquals("en", tagged.get(2).language());
        assertEquals(null, tagged.get(2).enrichment().skipped());
        assertTrue(!lines.get(2).contains("skipped"), lines.get(2));
        assertTrue(names(tagged.get(2).people()).contains("Angela Merkel"));
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
