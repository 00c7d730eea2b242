package io.newsflow.common.log;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Captures what is written to standard error while it is open. */
public final class StdErrCapture implements AutoCloseable {

    private final PrintStream original = System.err;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    public StdErrCapture() {
        System.setErr(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    }

    public String text() {
        System.err.flush();
        return buffer.toString(StandardCharsets.UTF_8);
    }

    public List<String> lines() {
        return Arrays.stream(text().split("\\R")).filter(l -> !l.isEmpty()).toList();
    }

    @Override
    public void close() {
        System.setErr(original);
    }
}
