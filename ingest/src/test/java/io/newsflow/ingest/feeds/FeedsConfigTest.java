package io.newsflow.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.Settings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsConfigTest {

    @TempDir
    Path dir;

    private static Settings settings(final String... args) {
        return ConfigLayers.load(FeedsConfig.OPTIONS, args, Map.of()).settings();
    }

    @Test
    void feedsComeFromTheFlagsAndTheFileOnceEach() throws Exception {
        final Path file = dir.resolve("feeds.txt");
        Files.writeString(file, "# world\nhttp://127.0.0.1/b.xml  15m  # second\r\n\nhttps://127.0.0.1/a.xml\n");
        final FeedsConfig cfg = FeedsConfig.from(settings("--feed", "https://127.0.0.1/a.xml", "--feeds-file",
                file.toString(), "--poll-interval", "2m", "--fetch-pages"));

        assertEquals(List.of(URI.create("https://127.0.0.1/a.xml"), URI.create("http://127.0.0.1/b.xml")), cfg.feeds());
        assertEquals(Duration.ofMinutes(2), cfg.pollInterval());
        assertEquals(Duration.ofMinutes(15), cfg.intervalOf(URI.create("http://127.0.0.1/b.xml")), "its own");
        assertEquals(Duration.ofMinutes(2), cfg.intervalOf(URI.create("https://127.0.0.1/a.xml")));
        assertTrue(cfg.fetchPages());
        assertTrue(cfg.enabled());
    }

    @Test
    void defaultsPollNothingEveryFiveMinutes() {
        final FeedsConfig cfg = FeedsConfig.from(settings());
        assertFalse(cfg.enabled());
        assertEquals(Duration.ofMinutes(5), cfg.pollInterval());
        assertFalse(cfg.fetchPages());
        assertTrue(cfg.userAgent().startsWith("newsflow/"), cfg.userAgent());
    }

    @Test
    void theUserAgentNamesTheContact() {
        final FeedsConfig cfg = FeedsConfig.from(settings("--ingest-feeds-contact", "ops@example.org"));
        assertTrue(cfg.userAgent().endsWith("(news feed reader; +ops@example.org)"), cfg.userAgent());
    }

    @Test
    void badValuesAreNamed() throws Exception {
        assertTrue(assertThrows(ConfigException.class, () -> FeedsConfig.from(settings("--poll-interval", "10ms")))
                .getMessage().startsWith("ingest.feeds.poll.interval must be between"));
        assertTrue(assertThrows(ConfigException.class,
                () -> FeedsConfig.from(settings("--feeds-file", dir.resolve("missing").toString())))
                .getMessage().startsWith("cannot read the feeds file"));
        assertTrue(assertThrows(ConfigException.class, () -> FeedsConfig.from(settings("--feed", "127.0.0.1/feed")))
                .getMessage().contains("not an http or https URL"));
        final Path file = dir.resolve("bad-interval.txt");
        Files.writeString(file, "http://127.0.0.1/a.xml 10ms\n");
        assertTrue(assertThrows(ConfigException.class, () -> FeedsConfig.from(settings("--feeds-file", file.toString())))
                .getMessage().equals(file + ":1 must be between 500ms and 1d, was PT0.01S"));
        Files.writeString(file, "http://127.0.0.1/a.xml often\n");
        assertTrue(assertThrows(ConfigException.class, () -> FeedsConfig.from(settings("--feeds-file", file.toString())))
                .getMessage().startsWith(file + ":1 must be a duration"));
    }
}
