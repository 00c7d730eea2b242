package io.newsflow.common.service;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a tagging process at full speed without a JVM flag to remember. CoreNLP's NER feature extractor is
 * one method over HotSpot's 8,000-bytecode limit for compiled methods, so by default it stays interpreted
 * and tagging runs about a third slower; {@code -XX:-DontCompileHugeMethods} lifts the limit, and only at
 * start-up. When the flag is missing, {@link #relaunchIfNeeded} starts the same main class with the same
 * JVM options, class path and arguments in a child JVM that has it, and this process only passes signals
 * on and returns the child's exit code.
 *
 * <p>The child inherits standard input, output and error (so {@code tag --output -} still writes to the
 * caller's pipe). SIGTERM to the parent is passed on and waited for, so a clean stop stays clean; if the
 * parent is killed outright, the child halts at once as a killed process would, rather than live on
 * unseen. {@code NEWSFLOW_RELAUNCH=false} keeps everything in one JVM (then tagging is slower and the
 * tagger logs a hint); a JVM under a debugger is not relaunched either.
 */
public final class FullSpeedJvm {

    static final String FLAG = "-XX:-DontCompileHugeMethods";
    /** Set on the child's command line, so that it never relaunches itself in turn. */
    static final String CHILD_PROPERTY = "newsflow.relaunched";
    public static final String ENV_SWITCH = "NEWSFLOW_RELAUNCH";
    /** The child's maximum heap unless the command line sets one. */
    static final long MAX_HEAP_MB = 1024;
    /**
     * G1's old-generation threshold for starting a marking cycle, fixed at 70 % of the heap, unless the command
     * line sets one or picks another collector. Most of a tagging JVM's old generation is its models and
     * gazetteer, live for good; G1's adaptive threshold sits below them, so it marked back to back, reclaiming
     * nothing: in the bench, 7 to 9 cycles in every 15-second round and a tenth of the process's CPU with stories.
     */
    public static final List<String> G1_SETTINGS = List.of("-XX:-G1UseAdaptiveIHOP",
            "-XX:InitiatingHeapOccupancyPercent=70");
    /** How long a SIGTERM to the parent waits for the child's own clean stop before killing it. */
    private static final long CHILD_STOP_SECONDS = 30;

    private static final Logger LOG = LoggerFactory.getLogger(FullSpeedJvm.class);

    private FullSpeedJvm() {
    }

    /**
     * For a {@code main} that tags: runs it in a child JVM at full speed and exits with the child's code, or
     * returns when this JVM should do the work itself.
     */
    public static void relaunchOrContinue(final Class<?> main, final String[] args) {
        final OptionalInt code = relaunchIfNeeded(main, args, System.getenv());
        if (code.isPresent()) {
            System.exit(code.getAsInt());
        }
    }

    /**
     * Relaunches {@code main} in a JVM that compiles huge methods when this one does not, and waits for it.
     *
     * @return the child's exit code, or empty when this process should go on and do the work itself
     */
    public static OptionalInt relaunchIfNeeded(final Class<?> main, final String[] args, final Map<String, String> env) {
        if (Boolean.getBoolean(CHILD_PROPERTY)) {
            haltWithParent();
            return OptionalInt.empty();
        }
        final Optional<List<String>> command = command(compilesHugeMethods(),
                withG1Settings(withHeapCap(ManagementFactory.getRuntimeMXBean().getInputArguments(),
                        Runtime.getRuntime().maxMemory())),
                ProcessHandle.current().info().command().orElse(null), System.getProperty("java.class.path"),
                main.getName(), List.of(args), env);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(run(command.get()));
        } catch (java.io.IOException e) {
            LOG.warn("event=relaunch_failed reason=\"{}\" hint=\"running in this JVM, tagging about a third slower\"",
                    e.getMessage());
            return OptionalInt.empty();
        }
    }

    /**
     * {@code jvmArgs} with a maximum heap of at most {@link #MAX_HEAP_MB} when they set none. Without one,
     * the JVM may take a quarter of the machine's memory and G1 grows the heap towards it (2.1 GB in the
     * bench), while newsflow's services, the all-in-one launcher with its broker included, run at full speed
     * in 1 GB (230-340 MB live after a full GC). A smaller default (a small container) is kept.
     */
    static List<String> withHeapCap(final List<String> jvmArgs, final long defaultMaxHeapBytes) {
        // -XX:MaxRAM covers -XX:MaxRAMPercentage and -XX:MaxRAMFraction too.
        if (jvmArgs.stream().anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize=")
                || a.startsWith("-XX:MaxRAM"))) {
            return jvmArgs;
        }
        final long mb = Math.min(MAX_HEAP_MB, defaultMaxHeapBytes / (1024 * 1024));
        final List<String> capped = new ArrayList<>(jvmArgs);
        capped.add("-Xmx" + mb + "m");
        return List.copyOf(capped);
    }

    /**
     * {@code jvmArgs} with {@link #G1_SETTINGS} when they set no marking threshold and pick no collector but G1
     * (the default).
     */
    static List<String> withG1Settings(final List<String> jvmArgs) {
        if (jvmArgs.stream().anyMatch(a -> a.contains("InitiatingHeapOccupancyPercent") || a.contains("G1UseAdaptiveIHOP")
                || a.startsWith("-XX:+Use") && a.endsWith("GC") && !a.equals("-XX:+UseG1GC"))) {
            return jvmArgs;
        }
        final List<String> tuned = new ArrayList<>(jvmArgs);
        tuned.addAll(G1_SETTINGS);
        return List.copyOf(tuned);
    }

    /**
     * The child's command line, or empty when this JVM should do the work: it already compiles huge
     * methods (or cannot say), relaunching is switched off, it runs under a debugger, or the java
     * executable or class path is unknown.
     */
    static Optional<List<String>> command(final Optional<Boolean> compilesHuge, final List<String> jvmArgs,
            final String java, final String classPath, final String mainClass, final List<String> args,
            final Map<String, String> env) {
        if (compilesHuge.orElse(true)
                || "false".equals(env.getOrDefault(ENV_SWITCH, "").strip().toLowerCase(Locale.ROOT))
                || jvmArgs.stream().anyMatch(a -> a.startsWith("-agentlib:jdwp") || a.startsWith("-Xrunjdwp"))
                || java == null || classPath == null || classPath.isBlank()) {
            return Optional.empty();
        }
        final List<String> command = new ArrayList<>(List.of(java));
        // The class path is given once, below; a flag turning huge-method compilation off is overridden.
        jvmArgs.stream().filter(a -> !a.startsWith("-Djava.class.path=")
                && !a.equals("-XX:+DontCompileHugeMethods")).forEach(command::add);
        command.addAll(List.of(FLAG, "-D" + CHILD_PROPERTY + "=true", "-cp", classPath, mainClass));
        command.addAll(args);
        return Optional.of(List.copyOf(command));
    }

    private static int run(final List<String> command) throws java.io.IOException {
        LOG.info("event=relaunch flag={} reason=\"CoreNLP's feature extractor compiled only with this flag\" g1={}",
                FLAG, command.containsAll(G1_SETTINGS) ? String.join(",", G1_SETTINGS) : "as_given");
        final Process child = new ProcessBuilder(command).inheritIO().start();
        final Thread passOn = new Thread(() -> stop(child), "newsflow-relaunch-stop");
        Runtime.getRuntime().addShutdownHook(passOn);
        try {
            return child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stop(child);
            return 130;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(passOn);
            } catch (IllegalStateException alreadyShuttingDown) {
                // The hook is running or ran: it stopped the child.
            }
        }
    }

    /** SIGTERM to the child and a wait for its clean stop; SIGKILL if it does not come. */
    private static void stop(final Process child) {
        if (!child.isAlive()) {
            return;
        }
        child.destroy();
        try {
            if (!child.waitFor(CHILD_STOP_SECONDS, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroyForcibly();
        }
    }

    /** In the child: a parent killed outright (no SIGTERM passed on) takes the child with it. */
    private static void haltWithParent() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            // Reached only when the parent died without stopping us first: behave as killed with it.
            Runtime.getRuntime().halt(137);
        }));
    }

    /** Whether this JVM compiles methods over HotSpot's size limit; empty when it cannot say. */
    public static Optional<Boolean> compilesHugeMethods() {
        try {
            final HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            return Optional.of(!Boolean.parseBoolean(hotspot.getVMOption("DontCompileHugeMethods").getValue()));
        } catch (RuntimeException | LinkageError e) {
            return Optional.empty();
        }
    }
}
