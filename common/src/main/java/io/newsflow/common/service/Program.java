package io.newsflow.common.service;

import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import java.io.PrintStream;
import java.util.List;
import java.util.Objects;

/**
 * What a {@code main} hands to the {@link ServiceRunner}: its name, usage and options, how to read its
 * validated configuration record from the settings, and how to start it.
 *
 * @param name      {@code ingest}, {@code enrich}, ...: the prefix of its messages and its metrics' service tag
 * @param usage     the first lines of {@code --help}
 * @param options   its own options; the runner adds the ops options
 * @param opsPort   the default port of its own ops server ({@code /health}, {@code /metrics}), or null
 *                  when the service serves its ops paths itself (ingest, on its intake port)
 * @param configure reads and checks the configuration
 * @param start     starts the service, or runs a command to its end
 * @param <C>       the configuration record
 */
public record Program<C>(String name, String usage, List<ConfigOption> options, Integer opsPort,
        Configure<C> configure, Start<C> start) {

    public Program {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(usage, "usage");
        options = List.copyOf(options);
        Objects.requireNonNull(configure, "configure");
        Objects.requireNonNull(start, "start");
    }

    /**
     * The configuration of a program that takes options only: its settings as they are.
     *
     * @throws ConfigException naming the words of the command line that are no options
     */
    public static Settings optionsOnly(final Settings settings, final List<String> positional) {
        if (!positional.isEmpty()) {
            throw new ConfigException("unexpected arguments " + positional + " (see --help)");
        }
        return settings;
    }

    /** Reads the configuration record; {@code positional} are the words of the command line that are no options. */
    @FunctionalInterface
    public interface Configure<C> {
        /** @throws io.newsflow.common.config.ConfigException naming the first setting that cannot be used */
        C apply(Settings settings, List<String> positional);
    }

    /** Starts what the configuration asks for. */
    @FunctionalInterface
    public interface Start<C> {
        /**
         * @throws io.newsflow.common.config.ConfigException when a setting proves unusable only now (exit 2)
         * @throws Exception any other failure to start (exit 1)
         */
        Outcome apply(C config, ServiceContext context, PrintStream out) throws Exception;
    }

    /** A service that runs until stopped, or a command that has finished with an exit code. */
    public record Outcome(ManagedService service, int exitCode) {

        public static Outcome serving(final ManagedService service) {
            return new Outcome(Objects.requireNonNull(service, "service"), ServiceRunner.OK);
        }

        public static Outcome done(final int exitCode) {
            return new Outcome(null, exitCode);
        }
    }
}
