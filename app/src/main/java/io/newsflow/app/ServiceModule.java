package io.newsflow.app;

import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.common.ops.Metrics;
import io.newsflow.common.service.ManagedService;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A service the launcher can run in its JVM: its settings, how to read its configuration from them,
 * and how to start it from that configuration with the process's one {@link Metrics}.
 *
 * @param <C> the service's configuration record
 */
public record ServiceModule<C>(String name, List<ConfigOption> options, Function<Settings, C> configure,
        BiFunction<C, Metrics, ? extends ManagedService> starter) {

    public ServiceModule {
        options = List.copyOf(options);
    }

    /**
     * Reads the configuration without starting anything.
     *
     * @throws io.newsflow.common.config.ConfigException when a setting cannot be used
     */
    public C configure(final Settings settings) {
        return configure.apply(settings);
    }

    public ManagedService start(final Settings settings, final Metrics metrics) {
        return starter.apply(configure(settings), metrics);
    }
}
