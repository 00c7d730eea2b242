package io.newsflow.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigLayersShortFlagsTest {

    private static final List<ConfigOption> OPTIONS = List.of(
            new ConfigOption("ingest.feeds.urls", "", "feeds").alsoFlag("feed").repeated(),
            new ConfigOption("ingest.feeds.fetch.pages", "false", "pages").alsoFlag("fetch-pages"),
            new ConfigOption("ingest.feeds.poll.interval", "5m", "interval").alsoFlag("poll-interval"),
            new ConfigOption("http.port", "8080", "port"));

    @Test
    void aShortFlagSetsItsSettingWithoutAWarning() {
        final ConfigLayers.Parsed p = ConfigLayers.load(OPTIONS,
                new String[] {"--poll-interval", "1m", "--fetch-pages", "feeds"}, Map.of());
        assertEquals("1m", p.settings().get("ingest.feeds.poll.interval"));
        assertEquals("true", p.settings().get("ingest.feeds.fetch.pages"));
        assertEquals(List.of("feeds"), p.positional());
        assertTrue(p.deprecations().isEmpty(), p.deprecations().toString());
    }

    @Test
    void aRepeatedFlagCollectsEveryValueWhateverItsSpelling() {
        final Settings s = ConfigLayers.load(OPTIONS, new String[] {"--feed", "http://a/1", "--feed=http://b/2",
            "--ingest-feeds-urls", "http://c/3", "--http-port", "1", "--http-port", "2"}, Map.of()).settings();
        assertEquals("http://a/1 http://b/2 http://c/3", s.get("ingest.feeds.urls"));
        assertEquals("2", s.get("http.port"), "a flag that is not repeatable: the last one wins");
    }

    @Test
    void theFlagsOfTheCommandLineReplaceTheListOfTheEnvironment() {
        final Settings s = ConfigLayers.load(OPTIONS, new String[] {"--feed", "http://a/1"},
                Map.of("NEWSFLOW_INGEST_FEEDS_URLS", "http://env/1 http://env/2")).settings();
        assertEquals("http://a/1", s.get("ingest.feeds.urls"));
    }

    @Test
    void helpNamesTheShortFlagsAndSaysWhichRepeat() {
        final String help = ConfigLayers.help("usage", OPTIONS);
        assertTrue(help.contains("also --feed; may be repeated"), help);
        assertTrue(help.contains("also --fetch-pages"), help);
    }
}
