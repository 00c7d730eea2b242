package io.newsflow.common.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts a separate JVM the way a service starts (no slf4j.provider property given) with a second
 * SLF4J provider registered on the classpath, as a shaded jar with merged service files would have.
 */
class LoggingStartupTest {

    @TempDir
    Path dir;

    @Test
    void initSelectsLogfmtWithoutAnyNoiseEvenWithTwoProvidersOnTheClasspath() throws Exception {
        final Result run = run(withSecondProvider(), List.of());
        assertEquals(0, run.exit, run.stderr);
        final List<String> lines = run.stderr.lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "only newsflow's line; no SLF4J report, no Kafka INFO:\n" + run.stderr);
        assertTrue(lines.get(0).matches("ts=\\S+Z level=INFO service=probe event=started pid=\\d+"), lines.get(0));
    }

    @Test
    void withoutInitSlf4jWouldComplainAboutTheTwoProviders() throws Exception {
        final Result run = run(withSecondProvider(), List.of("--no-init"));
        assertTrue(run.stderr.contains("multiple SLF4J providers"), "the control case shows the noise:\n" + run.stderr);
    }

    private Path withSecondProvider() throws IOException {
        final Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve("org.slf4j.spi.SLF4JServiceProvider"),
                "org.slf4j.helpers.NOP_FallbackServiceProvider\n");
        return dir;
    }

    private record Result(int exit, String stderr) {
    }

    private static Result run(final Path extraClasspath, final List<String> args) throws Exception {
        final List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(extraClasspath + File.pathSeparator + System.getProperty("java.class.path"));
        command.add(LoggingProbe.class.getName());
        command.addAll(args);
        final ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().remove(Logging.LEVEL_ENV);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        final Process p = pb.start();
        final byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "probe JVM finished");
        return new Result(p.exitValue(), new String(err, StandardCharsets.UTF_8));
    }
}
