package io.newsflow.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoadingTest {

    @Test
    void loadsRunSideBySide() throws InterruptedException {
        // Each load waits for the other to have started: they can only both finish if they run at once.
        final CountDownLatch started = new CountDownLatch(2);
        final Loading.Load<String> a = Loading.begin("a", () -> {
            started.countDown();
            return started.await(10, TimeUnit.SECONDS) ? "a" : "alone";
        });
        final Loading.Load<String> b = Loading.begin("b", () -> {
            started.countDown();
            return started.await(10, TimeUnit.SECONDS) ? "b" : "alone";
        });
        assertEquals("a", a.get());
        assertEquals("b", b.get());
    }

    @Test
    void aFailureReachesTheCallerAsThrown() {
        final IllegalStateException thrown = new IllegalStateException("no model");
        final Loading.Load<Object> load = Loading.begin("failing", () -> {
            throw thrown;
        });
        assertSame(thrown, assertThrows(IllegalStateException.class, load::get));
    }

    @Test
    void aCheckedFailureNamesTheLoad() {
        final Loading.Load<Object> load = Loading.begin("profiles", () -> {
            throw new IOException("unreadable");
        });
        final IllegalStateException e = assertThrows(IllegalStateException.class, load::get);
        assertTrue(e.getMessage().contains("profiles"), e.getMessage());
        assertTrue(e.getCause() instanceof IOException);
    }

    @Test
    void theLoadsThreadIsADaemonNamedForIt() {
        final Loading.Load<String> load = Loading.begin("named", () -> Thread.currentThread().getName()
                + (Thread.currentThread().isDaemon() ? " daemon" : ""));
        assertEquals("newsflow-load-named daemon", load.get());
    }
}
