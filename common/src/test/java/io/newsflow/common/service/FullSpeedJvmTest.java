package io.newsflow.common.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FullSpeedJvmTest {

    private static final List<String> ARGS = List.of("tag", "--input", "-");

    @Test
    void aJvmWithoutTheFlagRelaunchesWithItKeepingOptionsClassPathAndArguments() {
        final List<String> command = FullSpeedJvm.command(Optional.of(false),
                List.of("-Xmx1g", "-XX:+DontCompileHugeMethods", "-Dx=1"), "/opt/java/bin/java", "app.jar",
                "io.example.Main", ARGS, Map.of()).orElseThrow();
        assertEquals(List.of("/opt/java/bin/java", "-Xmx1g", "-Dx=1", FullSpeedJvm.FLAG,
                "-D" + FullSpeedJvm.CHILD_PROPERTY + "=true", "-cp", "app.jar", "io.example.Main", "tag", "--input", "-"),
                command);
    }

    @Test
    void theChildGetsAtMostAGigabyteOfHeapUnlessTheCommandLineSaysHowMuch() {
        final long gb = 1024L * 1024 * 1024;
        assertEquals(List.of("-Dx=1", "-Xmx1024m"), FullSpeedJvm.withHeapCap(List.of("-Dx=1"), 6 * gb));
        assertEquals(List.of("-Xmx256m"), FullSpeedJvm.withHeapCap(List.of(), gb / 4));
        for (String given : List.of("-Xmx4g", "-XX:MaxHeapSize=2147483648", "-XX:MaxRAMPercentage=75", "-XX:MaxRAM=8g")) {
            assertEquals(List.of(given), FullSpeedJvm.withHeapCap(List.of(given), 6 * gb));
        }
    }

    @Test
    void theChildGetsAFixedMarkingThresholdUnlessTheCommandLineSetsOneOrAnotherCollector() {
        assertEquals(List.of("-Dx=1", "-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=70"),
                FullSpeedJvm.withG1Settings(List.of("-Dx=1")));
        assertEquals(List.of("-XX:+UseG1GC", "-XX:-G1UseAdaptiveIHOP", "-XX:InitiatingHeapOccupancyPercent=70"),
                FullSpeedJvm.withG1Settings(List.of("-XX:+UseG1GC")));
        for (String given : List.of("-XX:InitiatingHeapOccupancyPercent=45", "-XX:+G1UseAdaptiveIHOP",
                "-XX:+UseParallelGC", "-XX:+UseZGC", "-XX:+UseSerialGC")) {
            assertEquals(List.of(given), FullSpeedJvm.withG1Settings(List.of(given)), given);
        }
    }

    @Test
    void noRelaunchWhenAlreadyFastSwitchedOffDebuggedOrUnknown() {
        assertFalse(FullSpeedJvm.command(Optional.of(true), List.of(), "java", "a.jar", "M", ARGS, Map.of()).isPresent());
        assertFalse(FullSpeedJvm.command(Optional.empty(), List.of(), "java", "a.jar", "M", ARGS, Map.of()).isPresent(),
                "a JVM that cannot say is left alone");
        assertFalse(FullSpeedJvm.command(Optional.of(false), List.of(), "java", "a.jar", "M", ARGS,
                Map.of(FullSpeedJvm.ENV_SWITCH, "FALSE")).isPresent());
        assertFalse(FullSpeedJvm.command(Optional.of(false),
                List.of("-agentlib:jdwp=transport=dt_socket,server=y,address=5005"), "java", "a.jar", "M", ARGS,
                Map.of()).isPresent());
        assertFalse(FullSpeedJvm.command(Optional.of(false), List.of(), null, "a.jar", "M", ARGS, Map.of()).isPresent());
        assertTrue(FullSpeedJvm.command(Optional.of(false), List.of(), "java", "a.jar", "M", ARGS,
                Map.of(FullSpeedJvm.ENV_SWITCH, "true")).isPresent());
    }

    @Test
    void theChildCompilesHugeMethodsAndItsExitCodeIsTheProcesss() throws Exception {
        final Process parent = probe("once").start();
        final String out = new String(parent.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(parent.waitFor(60, TimeUnit.SECONDS));
        assertEquals(3, parent.exitValue(), out);
        assertTrue(out.contains("compiles=true child=true"), out);
        assertTrue(out.contains("adaptiveIhop=false ihop=70"), out);
        assertTrue(out.contains("args=once"), out);
    }

    @Test
    void switchedOffItRunsInTheSameJvm() throws Exception {
        final ProcessBuilder builder = probe("once");
        builder.environment().put(FullSpeedJvm.ENV_SWITCH, "false");
        final Process process = builder.start();
        final String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertTrue(out.contains("compiles=false child=false pid=" + process.pid()), out);
    }

    @Test
    void aSigtermReachesTheChildWhichStopsCleanly(@TempDir final Path dir) throws Exception {
        final Path said = dir.resolve("said");
        final Process parent = probe("wait", said.toString()).start();
        final long child = childPid(new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8)));
        parent.destroy();
        assertTrue(parent.waitFor(60, TimeUnit.SECONDS));
        // The parent waits for the child's clean stop before it exits.
        assertEquals("stopped cleanly", Files.readString(said));
        assertFalse(ProcessHandle.of(child).map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void aParentKilledOutrightTakesTheChildWithIt() throws Exception {
        final Process parent = probe("wait").start();
        final long child = childPid(new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8)));
        final Optional<ProcessHandle> handle = ProcessHandle.of(child);
        assertTrue(handle.isPresent());
        parent.destroyForcibly();
        handle.get().onExit().get(30, TimeUnit.SECONDS);
        assertFalse(handle.get().isAlive());
    }

    private static long childPid(final BufferedReader lines) throws IOException {
        final String first = lines.readLine();
        final Matcher m = Pattern.compile("child=true pid=(\\d+)").matcher(String.valueOf(first));
        assertTrue(m.find(), "first line: " + first);
        return Long.parseLong(m.group(1));
    }

    private static ProcessBuilder probe(final String... args) {
        final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        final ProcessBuilder builder = new ProcessBuilder(java, "-Xmx64m", "-XX:+DontCompileHugeMethods", "-cp",
                System.getProperty("java.class.path"), FullSpeedJvmProbe.class.getName())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.command().addAll(List.of(args));
        builder.environment().remove(FullSpeedJvm.ENV_SWITCH);
        return builder;
    }
}
