package io.newsflow.app.it;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The launcher's arguments for an integration test that runs every service on the shared broker: each
 * service on one stream thread, with an application id and a state directory named for the test (so tests
 * never share a consumer group or a store), ports chosen by the system, and no seeds.
 */
final class LauncherArgs {

    private LauncherArgs() {
    }

    /** Arguments for the test called {@code name} (e.g. {@code pipeline}), then {@code extra}. */
    static String[] forTest(final String name, final String... extra) {
        final List<String> args = new ArrayList<>(List.of("--bootstrap-servers", KafkaCluster.bootstrapServers()));
        for (String service : List.of("enrich", "sink", "api")) {
            args.addAll(List.of(
                    "--" + service + "-application-id", "newsflow-" + service + "-" + name + "-it",
                    "--" + service + "-state-dir", KafkaCluster.stateDir(name + "-" + service).toString(),
                    "--" + service + "-stream-threads", "1"));
        }
        args.addAll(List.of("--api-http-port", "0", "--ingest-http-port", "0", "--seeds", ""));
        args.addAll(Arrays.asList(extra));
        return args.toArray(String[]::new);
    }
}
