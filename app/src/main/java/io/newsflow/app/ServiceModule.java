package io.newsflow.app;

import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import io.newsflow.common.service.ManagedService;
import io.newsflow.common.service.ServiceContext;
import io.newsflow.common.topic.Topic;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A service the launcher can run in its JVM: its settings, the topics it uses, how to read its
 * configuration from the settings, and how to start it from that configuration in the process's one
 * {@link ServiceContext}. The launcher composes modules without knowing what they run.
 *
 * @param <C> the service's configuration record
 */
public record ServiceModule<C>(String name, List<ConfigOption> options, List<Topic<?, ?>> topics,
        Function<Settings, C> configure, BiFunction<C, ServiceContext, Started> starter) {

    /** What a service of the launcher's seeds directory does with it; most do nothing. */
    @FunctionalInterface
    public interface Seeder<S> {
        void seed(S service, Path dir, Consumer<String> out);
    }

    /** A started service, and what it does with the seeds directory. */
    public record Started(ManagedService service, Seeds seeds) {
    }

    /** Publishes the articles of a directory, one line per article to {@code out}; false when it cannot. */
    @FunctionalInterface
    public interface Seeds {
        boolean ingest(Path dir, Consumer<String> out);
    }

    public ServiceModule {
        Objects.requireNonNull(name, "name");
        options = List.copyOf(options);
        topics = List.copyOf(topics);
        Objects.requireNonNull(configure, "configure");
        Objects.requireNonNull(starter, "starter");
    }

    /** A module whose service ignores the seeds directory. */
    public static <C, S extends ManagedService> ServiceModule<C> of(final String name,
            final List<ConfigOption> options, final List<Topic<?, ?>> topics, final Function<Settings, C> configure,
            final BiFunction<C, ServiceContext, S> start) {
        return new ServiceModule<>(name, options, topics, configure,
                (cfg, context) -> new Started(start.apply(cfg, context), (dir, out) -> false));
    }

    /** A module whose service publishes the seeds directory with {@code seeder}. */
    public static <C, S extends ManagedService> ServiceModule<C> of(final String name,
            final List<ConfigOption> options, final List<Topic<?, ?>> topics, final Function<Settings, C> configure,
            final BiFunction<C, ServiceContext, S> start, final Seeder<S> seeder) {
        return new ServiceModule<>(name, options, topics, configure, (cfg, context) -> {
            final S service = start.apply(cfg, context);
            return new Started(service, (dir, out) -> {
                seeder.seed(service, dir, out);
                return true;
            });
        });
    }

    /**
     * Reads the configuration without starting anything.
     *
     * @throws io.newsflow.common.config.ConfigException when a setting cannot be used
     */
    public C configure(final Settings settings) {
        return configure.apply(settings);
    }

    public Started start(final Settings settings, final ServiceContext context) {
        return starter.apply(configure(settings), context);
    }
}
