package io.newsflow.app;

import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.ops.OpsOptions;
import io.newsflow.common.topic.TopicAdmin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Settings of the launcher itself, and the union of those of every service it runs. */
public final class AppOptions {

    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String BROKER_PORT = "broker.port";
    public static final String PORT = "port";
    public static final String DATA_DIR = "data.dir";
    public static final String SEEDS = "seeds";
    public static final String PARTITIONS = "partitions";

    private static final ConfigOption DATA = new ConfigOption(DATA_DIR, "",
            "data directory of the embedded broker, kept on exit; empty: a temporary one, deleted on exit");

    /** Options of {@code newsflow.jar} without a command. */
    public static final List<ConfigOption> LAUNCHER = List.of(
            new ConfigOption(BOOTSTRAP_SERVERS, "",
                    "Kafka cluster to use, HOST:PORT[,HOST:PORT]; empty: start the embedded broker"),
            new ConfigOption(BROKER_PORT, "9092", "port of the embedded broker on 127.0.0.1 (0: any free port)"),
            DATA,
            new ConfigOption(SEEDS, "seeds", "directory of articles to ingest at start-up; skipped when missing"),
            TopicAdmin.partitionsOption(PARTITIONS, "the newsflow topics"),
            OpsOptions.SUMMARY_INTERVAL_OPTION,
            OpsOptions.LOG_LEVEL_OPTION);

    /** Options of {@code newsflow.jar broker}. */
    public static final List<ConfigOption> BROKER = List.of(
            new ConfigOption(PORT, "9092", "port of the broker on 127.0.0.1 (0: any free port)"),
            DATA,
            OpsOptions.LOG_LEVEL_OPTION);

    private AppOptions() {
    }

    /** The launcher's options then each service's, one per key: the first definition of a key wins. */
    public static List<ConfigOption> all(final List<ServiceModule<?>> modules) {
        final Map<String, ConfigOption> byKey = new LinkedHashMap<>();
        LAUNCHER.forEach(o -> byKey.putIfAbsent(o.key(), o));
        modules.forEach(m -> m.options().forEach(o -> byKey.putIfAbsent(o.key(), o)));
        return new ArrayList<>(byKey.values());
    }
}
