package io.newsflow.ingest.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HostGateTest {

    @Test
    void oneRequestAtATimePerHostAndNoEntryLeftBehind() throws Exception {
        final HostGate gate = new HostGate();
        try (HostGate.Permit held = gate.enter("Example.ORG", 1_000)) {
            final Exception[] seen = new Exception[1];
            final Thread other = new Thread(() -> {
                try {
                    gate.enter("example.org", 100).close();
                } catch (FetchException e) {
                    seen[0] = e;
                }
            });
            other.start();
            other.join(5_000);
            assertEquals(FetchException.Reason.TIMEOUT, ((FetchException) seen[0]).reason());
            // Another host is not held up.
            gate.enter("other.example", 100).close();
            assertEquals(1, gate.size());
        }
        assertEquals(0, gate.size());
        gate.enter("example.org", 100).close();
        assertEquals(0, gate.size());
    }

    @Test
    void anInterruptedWaitGivesUp() {
        final HostGate gate = new HostGate();
        try (HostGate.Permit held = gate.enter("h", 1_000)) {
            Thread.currentThread().interrupt();
            assertThrows(FetchException.class, () -> gate.enter("h", 1_000));
            Thread.interrupted();
        }
        assertEquals(0, gate.size());
    }
}
