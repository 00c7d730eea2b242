package io.newsflow.tagger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void scoresTheGoldStoriesOfAFileTaggedBefore() throws IOException {
        final String body = "Harbour officials evacuated two hundred dock workers after a fire broke out in a grain"
                + " warehouse at the port overnight, halting ship traffic for most of the morning while crews"
                + " fought the blaze in a storage shed holding barley awaiting export to overseas buyers and"
                + " inspectors examined a faulty electrical panel near the loading bay of the terminal.";
        final Path gold = dir.resolve("gold.jsonl");
        final Path tagged = dir.resolve("tagged.jsonl");
        Files.write(gold, List.of(
                line("a", "Port fire", body, "s1"),
                line("b", "Blaze at the port", "CITY (Wire) - " + body + " Copyright Wire.", "s1"),
                line("c", "Orchestra season", "The orchestra announced a summer season of three premieres and"
                        + " an open-air concert in the botanical gardens under its new music director.", "s2")),
                StandardCharsets.UTF_8);
        Files.write(tagged, List.of(enriched("a", "Port fire", body),
                enriched("b", "Blaze at the port", "CITY (Wire) - " + body + " Copyright Wire."),
                enriched("c", "Orchestra season", "The orchestra announced a summer season of three premieres and"
                        + " an open-air concert in the botanical gardens under its new music director.")),
                StandardCharsets.UTF_8);
        final ByteArrayOutputStream out = new ByteArrayOutputStream();

        final int code = StoryEvaluation.run(List.of(gold.toString(), "--tagged", tagged.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        final List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(0, code);
        assertEquals("stories pairF1=1.0000 bcubedF1=1.0000", lines.get(lines.size() - 1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("duplicateOf P=1.0000 R=1.0000")), lines.toString());
    }

    private static String line(final String id, final String title, final String text, final String story) {
        return Json.write(java.util.Map.of("id", id, "title", title, "text", text, "publishedAt",
                "2026-03-02T10:00:00Z", "story", story, "duplicateOf", "b".equals(id) ? "a" : ""))
                .replace("\"duplicateOf\":\"\"", "\"duplicateOf\":null");
    }

    private static String enriched(final String id, final String title, final String body) {
        return Json.write(new EnrichedArticle(id, null, title, body, null, "2026-03-02T10:00:00Z", "en", 1L, null,
                null, null, null, null, null, null, false, null));
    }
}
