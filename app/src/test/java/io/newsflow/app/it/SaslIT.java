package io.newsflow.app.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.app.NewsflowApp;
import io.newsflow.app.ServiceModule;
import io.newsflow.app.Services;
import io.newsflow.common.ops.Metrics;
import io.newsflow.common.service.ServiceContext;
import io.newsflow.ingest.IngestService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The services on the broker's SASL_PLAINTEXT (PLAIN) listener, with the credentials passed through
 * config: with the right ones the pipeline works; with wrong ones each service fails at start-up with
 * an authentication error instead of retrying.
 */
class SaslIT {

    private static final Duration FAIL_FAST = Duration.ofSeconds(30);

    @Test
    void withTheRightCredentialsTheArticleReachesCurrent() throws Exception {
        final String prefix = KafkaCluster.uniqueId("sasl");
        try (NewsflowApp app = FaultRig.startInProcess(prefix, Set.of("ingest", "enrich", "sink"),
                sasl(KafkaCluster.SASL_PASSWORD))) {
            final int port = app.services().stream().filter(IngestService.class::isInstance)
                    .map(IngestService.class::cast).findFirst().orElseThrow().port();
            final String id = prefix + "-1";
            final HttpResponse<String> posted = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles"))
                            .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(FaultRig.json(FaultRig.shortArticle(id, 1))))
                            .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(202, posted.statusCode(), posted.body());
            try (FaultRig.CurrentView current = new FaultRig.CurrentView(id::equals)) {
                KafkaCluster.await(id + " on current").atMost(Duration.ofSeconds(90))
                        .until(() -> current.poll().latest().containsKey(id));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "enrich", "sink"})
    void withAWrongPasswordEachServiceFailsFastWithAnAuthenticationError(final String service) {
        final String prefix = KafkaCluster.uniqueId("sasl-wrong-" + service);
        final long at = System.nanoTime();
        final RuntimeException failed = assertThrows(RuntimeException.class,
                () -> {
                    try (Metrics metrics = Metrics.create("sasl-it")) {
                        module(service).start(FaultRig.settings(prefix, sasl("wrong-password")),
                                ServiceContext.of(metrics, Duration.ZERO)).service().close();
                    }
                });
        final long tookMs = (System.nanoTime() - at) / 1_000_000;
        assertTrue(tookMs < FAIL_FAST.toMillis(), service + " took " + tookMs + " ms to fail");
        assertTrue(messages(failed).toLowerCase(Locale.ROOT).contains("authentication"),
                service + " failed without saying why: " + messages(failed));
        assertTrue(!messages(failed).contains("wrong-password"), "the password is in the error");
    }

    private static ServiceModule<?> module(final String name) {
        return Services.named(List.of(name)).get(0);
    }

    private static String[] sasl(final String password) {
        return new String[] {
            "--bootstrap-servers", KafkaCluster.broker().saslBootstrapServers(),
            "--kafka.security.protocol", "SASL_PLAINTEXT",
            "--kafka.sasl.mechanism", "PLAIN",
            "--kafka.sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required username=\""
                    + KafkaCluster.SASL_USER + "\" password=\"" + password + "\";",
        };
    }

    private static String messages(final Throwable error) {
        final StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
        }
        return all.toString();
    }
}
