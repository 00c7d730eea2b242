package io.newsflow.common.service;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigLayers;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.common.log.Logfmt;
import io.newsflow.common.ops.Metrics;
import io.newsflow.common.ops.OpsOptions;
import io.newsflow.common.ops.OpsServer;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every {@code main} the same way: configuration layers -> validated record -> start -> shutdown
 * hook -> wait -> exit code. {@value #OK} after a clean stop (Ctrl-C, SIGTERM) or a command that
 * succeeded; {@value #BAD_CONFIG} with one message on standard error for configuration that cannot be
 * used; {@value #FAILED} when the service cannot start or stops on its own.
 */
public final class ServiceRunner {

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int BAD_CONFIG = 2;

    private static final Logger LOG = LoggerFactory.getLogger(ServiceRunner.class);

    private final Duration pollInterval;
    private final Consumer<String> warnings;
    private final AtomicBoolean stopping = new AtomicBoolean();

    /** A runner that checks every second whether the service still lives. */
    public ServiceRunner() {
        this(Duration.ofSeconds(1));
    }

    /** A runner that checks every {@code pollInterval} whether the service still lives (tests). */
    public ServiceRunner(final Duration pollInterval) {
        this(pollInterval, message -> LOG.warn("event=deprecated_option message=\"{}\"", message));
    }

    /** A runner that hands each use of an old option name to {@code warnings} (tests). */
    ServiceRunner(final Duration pollInterval, final Consumer<String> warnings) {
        this.pollInterval = pollInterval;
        this.warnings = warnings;
    }

    /** Runs {@code program} on this process's arguments and environment, then exits with its code. */
    public static void main(final Program<?> program, final String[] args) {
        final ServiceRunner runner = new ServiceRunner();
        runner.exit(runner.run(program, args, System.getenv(), System.out, System.err));
    }

    /**
     * Ends the process with {@code code}, unless it is already shutting down (Ctrl-C, SIGTERM): calling
     * exit while the shutdown hook runs would block forever.
     */
    public void exit(final int code) {
        if (!stopping.get()) {
            System.exit(code);
        }
    }

    /** Every option of {@code program}: its own, then the ops options the runner reads. */
    public static List<ConfigOption> options(final Program<?> program) {
        final List<ConfigOption> all = new ArrayList<>(program.options());
        all.addAll(program.opsPort() == null ? OpsOptions.withoutServer() : OpsOptions.options(program.opsPort()));
        return List.copyOf(all);
    }

    /** Runs {@code program}; returns its exit code once it has stopped or finished. */
    public <C> int run(final Program<C> program, final String[] args, final Map<String, String> env,
            final PrintStream out, final PrintStream err) {
        final String name = program.name();
        final List<ConfigOption> options = options(program);
        final ConfigLayers.Parsed parsed;
        final C config;
        final Duration summaryInterval;
        try {
            parsed = ConfigLayers.load(options, args, env);
            if (parsed.helpRequested()) {
                out.println(ConfigLayers.help(program.usage(), options));
                return OK;
            }
            config = program.configure().apply(parsed.settings(), parsed.positional());
            summaryInterval = OpsOptions.summaryInterval(parsed.settings());
            if (program.opsPort() != null) {
                OpsOptions.host(parsed.settings());
                OpsOptions.port(parsed.settings());
            }
            OpsOptions.applyLogLevel(parsed.settings());
        } catch (ConfigException e) {
            err.println(name + ": " + e.getMessage());
            return BAD_CONFIG;
        }
        parsed.deprecations().forEach(warnings);
        LOG.info("event=config {}", parsed.settings().describe());
        return start(program, config, parsed.settings(), summaryInterval, out, err);
    }

    private <C> int start(final Program<C> program, final C config, final Settings settings,
            final Duration summaryInterval, final PrintStream out, final PrintStream err) {
        final String name = program.name();
        final Metrics metrics = Metrics.create(name);
        final ServiceContext context = ServiceContext.of(metrics, summaryInterval);
        final List<AutoCloseable> resources = new ArrayList<>();
        resources.add(metrics);
        final Program.Outcome outcome;
        try {
            if (program.opsPort() != null) {
                // Up before the service, so that probes learn "starting" while it loads and makes its topics.
                resources.add(0, new OpsServer(OpsOptions.host(settings), OpsOptions.port(settings), context.ops())
                        .start());
            }
            outcome = program.start().apply(config, context, out);
        } catch (ConfigException e) {
            err.println(name + ": " + e.getMessage());
            closeAll(resources);
            return BAD_CONFIG;
        } catch (Exception e) {
            err.println(name + ": " + e.getMessage());
            LOG.error("event=start_failed", e);
            closeAll(resources);
            return FAILED;
        }
        if (outcome.service() == null) {
            closeAll(resources);
            return outcome.exitCode();
        }
        resources.add(0, outcome.service());
        return serve(name, outcome.service(), resources, err);
    }

    /** Waits for a shutdown or for the service to die; closes everything either way. */
    private int serve(final String name, final ManagedService service, final List<AutoCloseable> resources,
            final PrintStream err) {
        final CountDownLatch stopped = new CountDownLatch(1);
        final Thread hook = new Thread(() -> {
            stopping.set(true);
            final long start = System.nanoTime();
            try {
                closeAll(resources);
                LOG.info("{}", Logfmt.event("shutdown").add("tookMs", (System.nanoTime() - start) / 1_000_000));
            } finally {
                stopped.countDown();
            }
        }, name + "-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            while (!stopped.await(pollInterval.toMillis(), TimeUnit.MILLISECONDS)) {
                if (!stopping.get() && !service.live()) {
                    final String reason = service.health().reason();
                    LOG.error("event=failed reason=\"{}\"", reason);
                    err.println(name + ": stopped: " + reason);
                    Runtime.getRuntime().removeShutdownHook(hook);
                    closeAll(resources);
                    return FAILED;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IllegalStateException e) {
            // The JVM began to shut down while the hook was being removed: the hook closes everything.
            return FAILED;
        }
        return OK;
    }

    /** Closes in order (the service first, the metrics last), whatever fails. */
    private static void closeAll(final List<AutoCloseable> resources) {
        for (AutoCloseable r : resources) {
            try {
                r.close();
            } catch (Exception e) {
                LOG.warn("event=close_failed resource={}", r.getClass().getSimpleName(), e);
            }
        }
    }
}
