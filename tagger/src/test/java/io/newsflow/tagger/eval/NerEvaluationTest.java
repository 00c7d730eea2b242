package io.newsflow.tagger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NerEvaluationTest {

    @TempDir
    Path dir;

    @Test
    void scoresBothTaggersAndEndsWithTheOverallLine() throws IOException {
        final String text = "Angela Merkel met Emmanuel Macron in Berlin .\nThe European Union welcomed the Euro talks .";
        final String doc = "{\"id\":\"d1\",\"text\":\"" + text.replace("\n", "\\n") + "\",\"entities\":["
                + span(text, "Angela Merkel", "PER") + "," + span(text, "Emmanuel Macron", "PER") + ","
                + span(text, "Berlin", "LOC") + "," + span(text, "European Union", "ORG") + ","
                + span(text, "Euro", "MISC") + "]}";
        final Path file = dir.resolve("dev.jsonl");
        Files.writeString(file, doc + "\n", StandardCharsets.UTF_8);
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, NerEvaluation.run(List.of(file.toString()), new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        final List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.get(0).contains("gold PER/LOC/ORG spans 4"), lines.get(0));
        assertEquals("ner overall P=1.0000 R=1.0000 F1=1.0000 (crf alone F1=1.0000)", lines.get(lines.size() - 1));
    }

    @Test
    void aPlaceCorpusIsScoredOnPlacesAlone() throws IOException {
        final String text = "Angela Merkel flew from Berlin to Paris on Monday.";
        final String doc = "{\"id\":\"t1\",\"title\":\"\",\"text\":\"" + text + "\",\"toponyms\":["
                + toponym(text, "Berlin") + "," + toponym(text, "Paris") + "]}";
        final Path file = dir.resolve("places.jsonl");
        Files.writeString(file, doc + "\n", StandardCharsets.UTF_8);
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, NerEvaluation.run(List.of("ner", file.toString()), new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        final List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("toponyms overall P=1.0000 R=1.0000 F1=1.0000 (crf alone F1=1.0000)", lines.get(lines.size() - 1));
    }

    @Test
    void eachHalfScoresEveryOtherDocumentAndTheHalvesMakeTheWhole() throws IOException {
        final StringBuilder docs = new StringBuilder();
        final String[] texts = {"Angela Merkel spoke .", "Berlin is large .", "Emmanuel Macron spoke .",
            "The European Union met .", "Paris is old ."};
        final String[] names = {"Angela Merkel", "Berlin", "Emmanuel Macron", "European Union", "Paris"};
        final String[] types = {"PER", "LOC", "PER", "ORG", "LOC"};
        for (int i = 0; i < texts.length; i++) {
            docs.append("{\"id\":\"d").append(i).append("\",\"text\":\"").append(texts[i]).append("\",\"entities\":[")
                    .append(span(texts[i], names[i], types[i])).append("]}\n");
        }
        final Path file = dir.resolve("halves.jsonl");
        Files.writeString(file, docs.toString(), StandardCharsets.UTF_8);
        final List<NerEvaluation.Doc> all = NerEvaluation.read(file);
        assertEquals(List.of("d0", "d2", "d4"), NerEvaluation.half(all, 1).stream().map(NerEvaluation.Doc::id).toList());
        assertEquals(List.of("d1", "d3"), NerEvaluation.half(all, 2).stream().map(NerEvaluation.Doc::id).toList());
        assertEquals(all, NerEvaluation.half(all, 0));
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(0, NerEvaluation.run(List.of(file.toString(), "--half", "2"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        final String first = bytes.toString(StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        assertTrue(first.contains("half 2: 2 documents, gold PER/LOC/ORG spans 2"), first);
        assertEquals(2, NerEvaluation.run(List.of(file.toString(), "--half=3"),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)));
    }

    @Test
    void aPredictionOnAMiscSpanIsAFalsePositive() {
        final NerEvaluation.Score score = new NerEvaluation.Score();
        score.count("PER", "tp");
        score.count("LOC", "fp");
        assertEquals(0.5, score.precision(null));
        assertEquals(1.0, score.recall(null));
    }

    @Test
    void badUsageIsExitCodeTwo() {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(2, NerEvaluation.run(List.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        assertEquals(2, NerEvaluation.run(List.of(dir.resolve("missing.jsonl").toString()),
                new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    }

    private static String toponym(final String text, final String name) {
        final int start = text.indexOf(name);
        return "{\"start\":" + start + ",\"end\":" + (start + name.length()) + ",\"name\":\"" + name + "\"}";
    }

    private static String span(final String text, final String name, final String type) {
        final int start = text.indexOf(name);
        return "{\"start\":" + start + ",\"end\":" + (start + name.length()) + ",\"type\":\"" + type
                + "\",\"text\":\"" + name + "\"}";
    }
}
