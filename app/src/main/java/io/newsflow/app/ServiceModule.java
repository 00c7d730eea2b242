package io.newsflow.app;

import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.common.service.ManagedService;
import java.util.List;
import java.util.function.Function;

/** A service the launcher can run in its JVM: its settings and how to start it from them. */
public record ServiceModule(String name, List<ConfigOption> options, Function<Settings, ManagedService> starter) {

    public ServiceModule {
        options = List.copyOf(options);
    }

    public ManagedService start(final Settings settings) {
        return starter.apply(settings);
    }
}
