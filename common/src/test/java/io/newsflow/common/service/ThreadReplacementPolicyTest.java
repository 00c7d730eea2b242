package io.newsflow.common.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.junit.jupiter.api.Test;

class ThreadReplacementPolicyTest {

    private static final long S = Duration.ofSeconds(1).toNanos();

    @Test
    void aDyingThreadIsReplacedUntilThreadsKeepDying() {
        final ThreadReplacementPolicy policy = new ThreadReplacementPolicy(2, Duration.ofSeconds(60));
        assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD, policy.onDeath(0).response());
        assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD, policy.onDeath(10 * S).response());
        assertEquals(StreamThreadExceptionResponse.SHUTDOWN_CLIENT, policy.onDeath(20 * S).response());

        final ThreadReplacementPolicy spread = new ThreadReplacementPolicy(2, Duration.ofSeconds(60));
        for (int i = 0; i < 10; i++) {
            assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD, spread.onDeath(i * 40 * S).response(),
                    "deaths spread over time never stop the service");
        }
    }

    @Test
    void theStandardPolicyOfEveryStreamsServiceStopsAfterTenDeathsInFiveMinutes() {
        final ThreadReplacementPolicy policy = ThreadReplacementPolicy.standard();
        for (int i = 0; i < 10; i++) {
            final ThreadReplacementPolicy.Decision d = policy.onDeath(i * S);
            assertEquals(StreamThreadExceptionResponse.REPLACE_THREAD, d.response(), "death " + (i + 1));
            assertEquals(i + 1, d.deathsInWindow());
        }
        assertEquals(StreamThreadExceptionResponse.SHUTDOWN_CLIENT, policy.onDeath(10 * S).response());
        assertEquals(Duration.ofMinutes(5), policy.window());
    }
}
