package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.config.ConfigOption;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestMainTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(final String... args) {
        return IngestMain.run(args, Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryOptionWithItsDefaultIncludingTheOpsOptions() {
        assertEquals(IngestMain.OK, run("--help"));
        final String help = out.toString(StandardCharsets.UTF_8);
        for (ConfigOption o : IngestMain.OPTIONS) {
            assertTrue(help.contains(o.flag() + " VALUE"), o.flag());
            assertTrue(help.contains("env " + o.envName() + "; default: "), o.envName());
        }
        assertTrue(help.contains("--summary-interval VALUE"), help);
        assertTrue(help.contains("NEWSFLOW_SUMMARY_INTERVAL; default: 30s"), help);
        assertTrue(help.contains("--log-level VALUE"), help);
        assertTrue(help.contains("/health/ready"), help);
    }

    @Test
    void aBadOpsSettingFailsFastWithOneMessage() {
        assertEquals(IngestMain.BAD_CONFIG, run("--bootstrap-servers", "localhost:9", "--summary-interval", "often"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("ingest: summary.interval must be a duration"),
                err.toString(StandardCharsets.UTF_8));

        err.reset();
        assertEquals(IngestMain.BAD_CONFIG, run("--bootstrap-servers", "localhost:9", "--log-level", "loud"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("log.level: unknown level 'loud'"),
                err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void feedsNeedsAFeedAndEveryFeedMustBeAWebAddress() throws Exception {
        assertEquals(IngestMain.BAD_CONFIG, run("feeds", "--bootstrap-servers", "localhost:9"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("feeds needs at least one --feed URL"),
                err.toString(StandardCharsets.UTF_8));

        err.reset();
        assertEquals(IngestMain.BAD_CONFIG, run("feeds", "--bootstrap-servers", "localhost:9", "--feed", "ftp://x/f"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not an http or https URL: ftp://x/f"),
                err.toString(StandardCharsets.UTF_8));

        err.reset();
        final java.nio.file.Path file = java.nio.file.Files.createTempFile("feeds", ".txt");
        try {
            java.nio.file.Files.writeString(file, "# news\nhttp://127.0.0.1/a.xml\n\nnot-a-url\n");
            assertEquals(IngestMain.BAD_CONFIG, run("feeds", "--bootstrap-servers", "localhost:9",
                    "--feeds-file", file.toString()));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains(file + ":4: not an http or https URL"),
                    err.toString(StandardCharsets.UTF_8));
        } finally {
            java.nio.file.Files.delete(file);
        }

        err.reset();
        assertEquals(IngestMain.BAD_CONFIG, run("feeds", "extra", "--bootstrap-servers", "localhost:9"));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("feeds takes no PATH"),
                err.toString(StandardCharsets.UTF_8));
    }
}
