package io.newsflow.common.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.kafka.streams.KafkaStreams.State;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class StreamsServiceTest {

    @Test
    void healthFollowsTheStreamState() {
        assertEquals(Health.up(), StreamsService.healthOf(State.RUNNING));
        for (State starting : new State[] {State.CREATED, State.REBALANCING}) {
            final Health h = StreamsService.healthOf(starting);
            assertTrue(h.live(), starting.name());
            assertFalse(h.ready(), starting.name());
            assertTrue(h.reason().contains(starting.name()), h.reason());
        }
        for (State down : new State[] {State.PENDING_SHUTDOWN, State.NOT_RUNNING, State.PENDING_ERROR, State.ERROR}) {
            final Health h = StreamsService.healthOf(down);
            assertFalse(h.live(), down.name());
            assertFalse(h.ready(), down.name());
        }
    }

    @Test
    void everyStreamsServiceReplacesADeadThreadThenShutsDownWhenThreadsKeepDying() {
        final StreamsUncaughtExceptionHandler handler = ThreadReplacementPolicy.standard().handler("test");
        for (int i = 0; i < ThreadReplacementPolicy.MAX_REPLACEMENTS; i++) {
            assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD, handler.handle(new IllegalStateException("boom")),
                    "death " + (i + 1));
        }
        assertEquals(StreamThreadExceptionResponse.SHUTDOWN_CLIENT, handler.handle(new IllegalStateException("boom")));
    }
}
