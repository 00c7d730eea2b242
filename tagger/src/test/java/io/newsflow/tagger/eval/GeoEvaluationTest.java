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

class GeoEvaluationTest {

    @TempDir
    Path dir;

    private String run(final List<String> args) {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        final int code = GeoEvaluation.run(args, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(0, code, bytes.toString(StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scoresResolutionOnGoldSpans() throws IOException {
        // "Paris" (9-14) in Texas is right; "Lyon" (32-36) lies some 380 km from where this gold says; the
        // village (46-54) has no coordinates and is not scored for resolution.
        final String text = "Storm in Paris, Texas, moved to Lyon, then to Ostravia.";
        final String doc = "{\"id\":\"t1\",\"text\":\"" + text + "\",\"toponyms\":["
                + "{\"start\":9,\"end\":14,\"name\":\"Paris\",\"lat\":33.66,\"lon\":-95.56},"
                + "{\"start\":32,\"end\":36,\"name\":\"Lyon\",\"lat\":45.76,\"lon\":0.0},"
                + "{\"start\":46,\"end\":54,\"name\":\"Ostravia\",\"lat\":null,\"lon\":null}]}";
        assertEquals("Paris", text.substring(9, 14));
        assertEquals("Lyon", text.substring(32, 36));
        assertEquals("Ostravia", text.substring(46, 54));
        final Path file = dir.resolve("geo.jsonl");
        Files.writeString(file, doc + "\n", StandardCharsets.UTF_8);

        final String out = run(List.of(file.toString(), "--gold"));
        final String[] lines = out.strip().split("\n");
        final String last = lines[lines.length - 1];
        assertTrue(last.startsWith("geo F1="), last);
        // two of the three toponyms have coordinates; Paris is within 161 km, Lyon is not
        assertTrue(last.contains("acc161=0.500"), out);
        assertTrue(out.contains("within 161 km=1"), out);
        assertTrue(last.endsWith("unresolved=0.000"), last);
        assertTrue(out.contains("strong-prior name sent to a town=0, recognised but unresolved=0,"
                + " over 161 km otherwise=1"), out);
    }

    @Test
    void countsACountryNameSentToATownApart() throws IOException {
        // this gold reads "Jordan" as the country; the resolver follows the qualifier to the Minnesota town
        final String text = "Officials in Jordan, Minn., met on Monday.";
        final String doc = "{\"id\":\"t2\",\"text\":\"" + text + "\",\"toponyms\":["
                + "{\"start\":13,\"end\":19,\"name\":\"Jordan\",\"lat\":31.0,\"lon\":36.0,\"fcode\":\"PCLI\"}]}";
        assertEquals("Jordan", text.substring(13, 19));
        final Path file = dir.resolve("strong.jsonl");
        Files.writeString(file, doc + "\n", StandardCharsets.UTF_8);
        final String out = run(List.of(file.toString(), "--gold"));
        assertTrue(out.contains("strong-prior name sent to a town=1, recognised but unresolved=0,"
                + " over 161 km otherwise=0"), out);
    }

    @Test
    void usageErrorsExitWithTwo() {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertEquals(2, GeoEvaluation.run(List.of(), new PrintStream(bytes, true, StandardCharsets.UTF_8)));
        assertEquals(2, GeoEvaluation.run(List.of("a.jsonl", "--nope"), new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    }
}
