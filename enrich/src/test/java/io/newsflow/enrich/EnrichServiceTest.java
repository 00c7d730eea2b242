package io.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.Settings;
import io.newsflow.common.service.Health;
import io.newsflow.common.topic.Topic;
import io.newsflow.common.topic.Topics;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams.State;
import org.junit.jupiter.api.Test;

class EnrichServiceTest {

    @Test
    void healthFollowsTheStreamState() {
        assertEquals(Health.up(), EnrichService.healthOf(State.RUNNING));
        for (State starting : new State[] {State.CREATED, State.REBALANCING}) {
            final Health h = EnrichService.healthOf(starting);
            assertTrue(h.live(), starting.name());
            assertFalse(h.ready(), starting.name());
        }
        for (State down : new State[] {State.PENDING_SHUTDOWN, State.NOT_RUNNING, State.PENDING_ERROR, State.ERROR}) {
            assertFalse(EnrichService.healthOf(down).live(), down.name());
        }
    }

    @Test
    void theServiceCreatesEveryTopicItUses() {
        assertEquals(java.util.List.of("news.articles.raw", "news.articles.enriched", "news.articles.dlq",
                "news.stories.current", "news.tracks.military", "news.tracks.political", "news.tracks.economic"),
                EnrichService.topics().stream().map(Topic::name).toList());
        assertTrue(EnrichService.topics().contains(Topics.DLQ));
    }

    @Test
    void anInvalidPassthroughSettingFailsBeforeAnythingStarts() {
        final EnrichConfig cfg = EnrichConfig.from(Settings.of(Map.of("kafka.num.stream.threads", "many")));
        final ConfigException e = assertThrows(ConfigException.class, () -> EnrichService.start(cfg));
        assertTrue(e.getMessage().contains("num.stream.threads"), e.getMessage());
    }
}
