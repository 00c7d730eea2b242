package io.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.Settings;
import io.newsflow.tagger.stories.StoryOptions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnrichStoriesConfigTest {

    @Test
    void storiesAreOnByDefaultWithTheDefaultOptions() {
        final EnrichConfig cfg = EnrichConfig.from(Settings.of(Map.of()));
        assertTrue(cfg.storiesEnabled());
        assertEquals(StoryOptions.DEFAULT, cfg.stories());
    }

    @Test
    void theFlagsSetWindowThresholdsAndSizeOrSwitchStoriesOff() {
        final EnrichConfig cfg = EnrichConfig.from(ConfigLayers.load(EnrichConfig.OPTIONS, new String[] {
            "--enrich-stories-window", "2d", "--enrich-stories-join-threshold", "0.5",
            "--enrich-stories-duplicate-threshold", "0.7", "--enrich-stories-max", "5000",
            "--enrich-stories-view-interval", "250ms"}, Map.of()).settings());
        assertEquals(new StoryOptions(Duration.ofDays(2), 0.5, 0.7, 5000).withViewInterval(Duration.ofMillis(250)),
                cfg.stories());
        final EnrichConfig off = EnrichConfig.from(ConfigLayers.load(EnrichConfig.OPTIONS,
                new String[] {"--enrich-stories-enabled", "false"}, Map.of()).settings());
        assertFalse(off.storiesEnabled());
        assertNull(off.stories());
        assertTrue(off.toString().contains("stories=null"), off.toString());
    }

    @Test
    void aValueOutOfRangeIsRefusedAtStartNamingItsSetting() {
        assertRefused(EnrichConfig.STORIES_JOIN_THRESHOLD, "0");
        assertRefused(EnrichConfig.STORIES_JOIN_THRESHOLD, "1.5");
        assertRefused(EnrichConfig.STORIES_DUPLICATE_THRESHOLD, "high");
        assertRefused(EnrichConfig.STORIES_WINDOW, "30s");
        assertRefused(EnrichConfig.STORIES_WINDOW, "60d");
        assertRefused(EnrichConfig.STORIES_MAX, "0");
        assertRefused(EnrichConfig.STORIES_MAX, "2000000");
        assertRefused(EnrichConfig.STORIES_VIEW_INTERVAL, "0");
        assertRefused(EnrichConfig.STORIES_VIEW_INTERVAL, "5m");
        assertRefused(EnrichConfig.STORIES_VIEW_INTERVAL, "soon");
    }

    private static void assertRefused(final String key, final String value) {
        final ConfigException e = assertThrows(ConfigException.class,
                () -> EnrichConfig.from(Settings.of(Map.of(key, value))));
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }
}
