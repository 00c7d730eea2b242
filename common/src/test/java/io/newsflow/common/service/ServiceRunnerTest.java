package io.newsflow.common.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.config.ConfigChecks;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigOption;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ServiceRunnerTest {

    private static final List<ConfigOption> OPTIONS = List.of(
            new ConfigOption("bootstrap.servers", null, "cluster"),
            new ConfigOption("demo.threads", "1", "threads").formerly("threads"),
            new ConfigOption("demo.password", "", "a secret"));

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final AtomicReference<Config> started = new AtomicReference<>();
    private final AtomicReference<ServiceContext> context = new AtomicReference<>();

    /** The configuration record of the demo service. */
    record Config(String bootstrapServers, int threads) {
        Config {
            bootstrapServers = ConfigChecks.requireBootstrapServers("bootstrap.servers", bootstrapServers);
        }
    }

    private Program<Config> program(final Program.Start<Config> start) {
        return new Program<>("demo", "usage: demo", OPTIONS, null, (settings, positional) -> {
            if (!positional.isEmpty()) {
                throw new ConfigException("unexpected arguments " + positional);
            }
            return new Config(settings.get("bootstrap.servers"), settings.getInt("demo.threads", 1, 8));
        }, start);
    }

    private Program<Config> command(final int exitCode) {
        return program((cfg, ctx, o) -> {
            started.set(cfg);
            context.set(ctx);
            return Program.Outcome.done(exitCode);
        });
    }

    private int run(final Program<Config> program, final String... args) {
        return run(program, Map.of(), args);
    }

    private int run(final Program<Config> program, final Map<String, String> env, final String... args) {
        return new ServiceRunner(Duration.ofMillis(5)).run(program, args, env,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryOptionWithItsDefaultTheOpsOptionsAndTheOldNames() {
        assertEquals(ServiceRunner.OK, run(command(0), "--help"));
        final String help = out.toString(StandardCharsets.UTF_8);
        for (ConfigOption o : ServiceRunner.options(command(0))) {
            assertTrue(help.contains(o.flag() + " VALUE"), o.flag());
            assertTrue(help.contains("env " + o.envName() + "; default: "), o.envName());
        }
        assertTrue(help.contains("--summary-interval"), help);
        assertTrue(help.contains("--log-level"), help);
        assertTrue(help.contains("formerly --threads"), help);
        assertTrue(help.startsWith("usage: demo"), help);
        assertEquals(null, started.get(), "help starts nothing");
    }

    @Test
    void aServiceWithAnOpsPortGetsTheOpsOptionsWithItsDefault() {
        final Program<Config> p = new Program<>("demo", "usage", OPTIONS, 8089, (s, pos) -> null,
                (cfg, ctx, o) -> Program.Outcome.done(0));
        final List<ConfigOption> all = ServiceRunner.options(p);
        assertTrue(all.stream().anyMatch(o -> o.key().equals("ops.port") && o.defaultValue().equals("8089")));
        assertTrue(all.stream().anyMatch(o -> o.key().equals("ops.host")));
    }

    @Test
    void invalidConfigurationIsOneMessageAndExitCodeTwo() {
        assertEquals(ServiceRunner.BAD_CONFIG, run(command(0), "--bootstrap-servers", "nohost"));
        assertEquals("demo: bootstrap.servers must be HOST:PORT[,HOST:PORT...], was 'nohost'", err().strip());
        err.reset();
        assertEquals(ServiceRunner.BAD_CONFIG, run(command(0), "--bootstrap-servers", "k:1", "--demo-threads", "9"));
        assertEquals("demo: demo.threads must be between 1 and 8, was 9", err().strip());
        err.reset();
        assertEquals(ServiceRunner.BAD_CONFIG, run(command(0), "--no-such-option", "1"));
        assertTrue(err().startsWith("demo: unknown option --no-such-option"), err());
        err.reset();
        assertEquals(ServiceRunner.BAD_CONFIG, run(command(0), "--bootstrap-servers", "k:1", "--summary-interval", "-5s"));
        assertTrue(err().startsWith("demo: summary.interval"), err());
        err.reset();
        assertEquals(ServiceRunner.BAD_CONFIG, run(command(0), "--bootstrap-servers", "k:1", "stray"));
        assertTrue(err().startsWith("demo: unexpected arguments [stray]"), err());
        assertEquals(null, started.get(), "bad configuration starts nothing");
    }

    @Test
    void aCommandEndsWithItsOwnExitCodeAndGetsTheValidatedRecord() {
        assertEquals(0, run(command(0), "--bootstrap-servers", "k:1", "--demo-threads", "3"));
        assertEquals(new Config("k:1", 3), started.get());
        assertEquals(Duration.ofSeconds(30), context.get().summaryInterval());
        assertEquals("demo", context.get().metrics().service());
        assertEquals(ServiceRunner.FAILED, run(command(ServiceRunner.FAILED), "--bootstrap-servers", "k:1"));
    }

    @Test
    void theLayersAreReadInOrderDefaultsEnvironmentFlags() {
        assertEquals(0, run(command(0), Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", "env:1", "NEWSFLOW_DEMO_THREADS", "2")));
        assertEquals(new Config("env:1", 2), started.get());
        assertEquals(0, run(command(0), Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", "env:1", "NEWSFLOW_DEMO_THREADS", "2"),
                "--demo-threads", "4"));
        assertEquals(new Config("env:1", 4), started.get());
    }

    @Test
    void anOldOptionNameStillWorksWithAWarningNamingTheNewOne() {
        final List<String> warnings = new java.util.ArrayList<>();
        final ServiceRunner runner = new ServiceRunner(Duration.ofMillis(5), warnings::add);
        assertEquals(0, runner.run(command(0), new String[] {"--bootstrap-servers", "k:1"},
                Map.of("NEWSFLOW_THREADS", "5"), System.out, System.err));
        assertEquals(new Config("k:1", 5), started.get());
        assertEquals(List.of("NEWSFLOW_THREADS is deprecated and will be removed in the next release: use "
                + "NEWSFLOW_DEMO_THREADS"), warnings);
        warnings.clear();
        assertEquals(0, runner.run(command(0), new String[] {"--bootstrap-servers", "k:1", "--threads", "6"},
                Map.of(), System.out, System.err));
        assertEquals(new Config("k:1", 6), started.get());
        assertEquals(List.of("--threads is deprecated and will be removed in the next release: use --demo-threads"),
                warnings);
        warnings.clear();
        assertEquals(0, runner.run(command(0), new String[] {"--bootstrap-servers", "k:1", "--demo-threads", "2"},
                Map.of(), System.out, System.err));
        assertTrue(warnings.isEmpty(), "no warning for the new name: " + warnings);
    }

    @Test
    void anOldKeyInTheConfigFileStillWorksWithAWarning(@org.junit.jupiter.api.io.TempDir final java.nio.file.Path dir)
            throws java.io.IOException {
        final java.nio.file.Path file = java.nio.file.Files.writeString(dir.resolve("demo.properties"),
                "bootstrap.servers=f:1\nthreads=7\n");
        final List<String> warnings = new java.util.ArrayList<>();
        assertEquals(0, new ServiceRunner(Duration.ofMillis(5), warnings::add).run(command(0),
                new String[] {"--config", file.toString()}, Map.of(), System.out, System.err));
        assertEquals(new Config("f:1", 7), started.get());
        assertEquals(List.of("threads in " + file + " is deprecated and will be removed in the next release: use "
                + "demo.threads"), warnings);
    }

    @Test
    void aFailureToStartIsExitCodeOneAndAConfigurationProblemFoundAtStartIsTwo() {
        assertEquals(ServiceRunner.FAILED, run(program((cfg, ctx, o) -> {
            throw new IllegalStateException("cluster unreachable");
        }), "--bootstrap-servers", "k:1"));
        assertEquals("demo: cluster unreachable", err().strip());
        err.reset();
        assertEquals(ServiceRunner.BAD_CONFIG, run(program((cfg, ctx, o) -> {
            throw new ConfigException("kafka.acks is not valid");
        }), "--bootstrap-servers", "k:1"));
        assertEquals("demo: kafka.acks is not valid", err().strip());
    }

    @Test
    void aServiceThatDiesOnItsOwnIsExitCodeOneAndIsClosed() {
        final DyingService service = new DyingService();
        assertEquals(ServiceRunner.FAILED, run(program((cfg, ctx, o) -> {
            ctx.ops().register(service);
            return Program.Outcome.serving(service);
        }), "--bootstrap-servers", "k:1"));
        assertTrue(service.closed.get(), "closed by the runner");
        assertEquals("demo: stopped: stream is ERROR", err().strip());
    }

    @Test
    void theContextsMetricsAreClosedOnceTheRunEnds() {
        assertEquals(0, run(command(0), "--bootstrap-servers", "k:1"));
        assertTrue(context.get().metrics().registry().isClosed(), "the runner closes what it opened");
    }

    /** A service that is dead from the start. */
    private static final class DyingService implements ManagedService {
        private final AtomicBoolean closed = new AtomicBoolean();

        @Override
        public String name() {
            return "demo";
        }

        @Override
        public Health health() {
            return Health.dead("stream is ERROR");
        }

        @Override
        public void close() {
            closed.set(true);
        }
    }
}
