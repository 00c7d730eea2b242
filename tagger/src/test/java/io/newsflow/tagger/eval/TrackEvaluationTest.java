package io.newsflow.tagger.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackEvaluationTest {

    @TempDir
    Path dir;

    /** One line in the evaluation format from a test article (title line, then body), title repeated in text. */
    private static String line(final String id, final String resource, final List<String> labels) throws IOException {
        try (InputStream in = TrackEvaluationTest.class.getResourceAsStream("/io/newsflow/tagger/tracks/" + resource)) {
            final String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            final String title = text.substring(0, text.indexOf('\n')).strip();
            return Json.write(Map.of("id", id, "title", title, "text", title + "\n\n" + text.substring(text.indexOf('\n') + 1),
                    "labels", labels));
        }
    }

    private Path file() throws IOException {
        final List<String> lines = new ArrayList<>();
        lines.add(line("e1", "economic.txt", List.of("economic")));
        lines.add(line("p1", "political.txt", List.of("political")));
        lines.add(line("p2", "military.txt", List.of("political")));
        lines.add(line("n1", "football.txt", List.of()));
        lines.add(line("n2", "product-launch.txt", List.of()));
        final Path file = dir.resolve("set.jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static String[] run(final List<String> args, final int expectedExit) {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final int exit = TrackEvaluation.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        final String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(expectedExit, exit, out);
        return out.split("\n");
    }

    @Test
    void scoresRecallPrimaryAndFalseAlarmsWithTheSummaryLast() throws IOException {
        final String[] lines = run(List.of(file().toString()), 0);
        // e1 and p1 are right; p2 (a cease-fire report labelled political) is missed; the football report
        // and the product launch carry no track
        assertEquals("tracks primaryAcc=0.667 recall=0.667 falseAlarm=0.000", lines[lines.length - 1]);
        assertTrue(List.of(lines).contains("unlabelled n=2 falseAlarms=0"));
    }

    /** One line of the multi-label format from a test article, with its gold tracks, primary and talks. */
    private static String multiLabelLine(final String id, final String resource, final List<String> tracks,
            final String primary, final boolean talks) throws IOException {
        final Map<String, Object> node = new java.util.LinkedHashMap<>(Json.mapper().readValue(
                line(id, resource, List.of()), Map.class));
        node.remove("labels");
        node.put("tracks", tracks);
        node.put("primary", primary);
        node.put("talks", talks);
        return Json.write(node);
    }

    private Path multiLabelFile() throws IOException {
        final Path file = dir.resolve("multi.jsonl");
        Files.write(file, List.of(
                multiLabelLine("m1", "military.txt", List.of("military"), "military", false),
                // gold wants political too: one false negative for political, primary right
                multiLabelLine("m2", "economic.txt", List.of("economic", "political"), "economic", false),
                multiLabelLine("m3", "football.txt", List.of(), null, false),
                // gold says talks; the classifier's answer is checked against it below
                multiLabelLine("m4", "political.txt", List.of("political"), "political", true)),
                StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void scoresTheMultiLabelFormatPerTrackWithItsOwnSummary() throws IOException {
        final String[] lines = run(List.of(multiLabelFile().toString()), 0);
        final List<String> all = List.of(lines);
        assertTrue(all.contains("track military   n=1 P=1.000 R=1.000 F1=1.000"), all.toString());
        assertTrue(all.contains("track economic   n=1 P=1.000 R=1.000 F1=1.000"), all.toString());
        assertTrue(all.contains("track political  n=2 P=1.000 R=0.500 F1=0.667"), all.toString());
        assertTrue(all.contains("articles n=4 withPrimary=3"), all.toString());
        // macro-F1 (1 + 0.667 + 1) / 3; the three primaries right; talks right on m1..m3, m4 as classified
        assertTrue(lines[lines.length - 1].startsWith("tracks macroF1=0.889 primaryAcc=1.000 talksAcc="),
                lines[lines.length - 1]);
        assertTrue(all.stream().noneMatch(l -> l.startsWith("unlabelled")), "no labelled-format lines here");
    }

    @Test
    void mixedFileKeepsBothScoringsTheMultiLabelSummaryLast() throws IOException {
        final Path file = dir.resolve("mixed.jsonl");
        final List<String> lines = new ArrayList<>(Files.readAllLines(file(), StandardCharsets.UTF_8));
        lines.addAll(Files.readAllLines(multiLabelFile(), StandardCharsets.UTF_8));
        Files.write(file, lines, StandardCharsets.UTF_8);
        final List<String> out = List.of(run(List.of(file.toString()), 0));
        assertTrue(out.contains("tracks primaryAcc=0.667 recall=0.667 falseAlarm=0.000"), out.toString());
        assertTrue(out.get(out.size() - 1).startsWith("tracks macroF1=0.889 "), out.toString());
    }

    @Test
    void listsMissesOnRequest() throws IOException {
        final String[] lines = run(List.of(file().toString(), "--misses"), 0);
        assertTrue(List.of(lines).stream().anyMatch(l -> l.startsWith("miss missed political") && l.contains("p2")));
    }

    @Test
    void benchReportsAMedianBeforeTheSummary() throws IOException {
        final String[] lines = run(List.of(file().toString(), "--bench"), 0);
        assertTrue(lines[lines.length - 2].startsWith("bench articles=5 words=600 medianMicros="), lines[lines.length - 2]);
        assertTrue(lines[lines.length - 1].startsWith("tracks primaryAcc="));
    }

    @Test
    void usageAndUnreadableFileAreErrors() {
        assertEquals("usage: evaluate tracks FILE.jsonl [--bench] [--misses]", run(List.of(), 2)[0]);
        assertEquals(2, TrackEvaluation.run(List.of("a.jsonl", "--fast"), new PrintStream(new ByteArrayOutputStream())));
        assertTrue(run(List.of(dir.resolve("missing.jsonl").toString()), 1)[0].startsWith("cannot read"));
    }
}
