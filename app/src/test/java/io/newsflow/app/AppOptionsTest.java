package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.ConfigOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppOptionsTest {

    @Test
    void everyKeyAppearsOnceAndTheLauncherDefinitionWins() {
        final List<ConfigOption> all = AppOptions.all(Services.all());
        assertEquals(all.size(), all.stream().map(ConfigOption::key).distinct().count());
        final ConfigOption bootstrap = all.stream()
                .filter(o -> o.key().equals(AppOptions.BOOTSTRAP_SERVERS)).findFirst().orElseThrow();
        assertEquals("", bootstrap.defaultValue(), "empty bootstrap servers start the embedded broker");
    }

    @Test
    void helpListsEveryOptionWithItsDefault() {
        final List<ConfigOption> all = AppOptions.all(Services.all());
        final String help = ConfigLayers.help("usage", all);
        for (ConfigOption o : all) {
            assertTrue(help.contains(o.flag()), o.flag());
        }
        assertTrue(help.contains("--broker-port"));
        assertTrue(help.contains("default: 9092"));
    }

    /** The README's rule: a setting of one service carries its name; shared ones carry none. */
    @Test
    void everyOptionOfAServiceIsSharedOrCarriesTheServiceName() {
        final java.util.Set<String> shared = java.util.Set.of("bootstrap.servers", "partitions", "replication.factor",
                "min.insync.replicas", "max.body.bytes");
        for (ServiceModule<?> module : Services.all()) {
            for (ConfigOption o : module.options()) {
                assertTrue(shared.contains(o.key()) || o.key().startsWith(module.name() + "."),
                        module.name() + ": " + o.key());
                assertTrue(o.key().matches("[a-z0-9]+(\\.[a-z0-9]+)*"), "dotted lower case: " + o.key());
            }
        }
    }

    @Test
    void brokerPortDefaultsTo9092() {
        final var parsed = ConfigLayers.load(AppOptions.all(Services.all()), new String[0], Map.of());
        assertEquals(9092, parsed.settings().getInt(AppOptions.BROKER_PORT, 0, 65_535));
    }

    @Test
    void theFeedOptionsOfIngestAreTheLaunchersToo() {
        final List<ConfigOption> all = AppOptions.all(Services.all());
        final var parsed = ConfigLayers.load(all, new String[] {"--feeds-file", "feeds.txt", "--poll-interval", "1m",
            "--fetch-pages", "--feed", "http://127.0.0.1/a.xml", "--feed", "http://127.0.0.1/b.xml"}, Map.of());
        assertEquals("feeds.txt", parsed.settings().get("ingest.feeds.file"));
        assertEquals("1m", parsed.settings().get("ingest.feeds.poll.interval"));
        assertEquals("true", parsed.settings().get("ingest.feeds.fetch.pages"));
        assertEquals("http://127.0.0.1/a.xml http://127.0.0.1/b.xml", parsed.settings().get("ingest.feeds.urls"));
        final List<String> shortFlags = all.stream().flatMap(o -> o.shortFlags().stream()).toList();
        assertEquals(shortFlags.size(), shortFlags.stream().distinct().count(), "no short flag names two settings");
        assertTrue(shortFlags.stream().noneMatch(f -> all.stream().anyMatch(o -> o.flag().equals("--" + f))),
                "no short flag is the flag of another setting");
    }
}
