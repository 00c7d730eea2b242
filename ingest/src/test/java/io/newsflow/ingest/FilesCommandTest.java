package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.ArticleValidator;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.topic.Topics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesCommandTest {

    private static final Path SEED = Path.of("..", "seeds", "2020-10-19-un-libya-military-talks.txt");

    @TempDir
    Path dir;

    @Test
    void printsOneLinePerArticleAndCountsFailures() throws IOException {
        final Path jsonl = dir.resolve("more.jsonl");
        Files.writeString(jsonl, "{\"id\":\"wire-1\",\"title\":\"Fine\"}\n{\"id\":\"wire-2\",\"body\":\"\"}\nnot json\n");
        final MockProducer<String, RawArticle> producer = new MockProducer<>(true, null, new StringSerializer(),
                Topics.RAW.valueSerde().serializer());
        final IngestConfig cfg = new IngestConfig("k:9092", "127.0.0.1", 0, 3, 1024 * 1024, 16 * 1024 * 1024,
                Duration.ofSeconds(1), Duration.ofSeconds(30), "", new Properties());
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        final int failed;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            failed = FilesCommand.publish(List.of(SEED, jsonl), new ArticlePublisher(producer,
                    new ArticleValidator(cfg.maxBodyBytes()), cfg.sendTimeout(), Clock.systemUTC(), null), out);
        }

        final List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, failed);
        assertEquals(4, lines.size(), lines.toString());
        assertTrue(lines.get(0).matches("sha-[0-9a-f]{32} accepted partition=0 offset=0"), lines.get(0));
        assertEquals("wire-1 accepted partition=0 offset=1", lines.get(1));
        assertEquals(jsonl + ":2 rejected: title: title or body must be non-empty", lines.get(2));
        assertTrue(lines.get(3).startsWith(jsonl + ":3 rejected: json: "), lines.get(3));
        assertEquals(2, producer.history().size());
        assertEquals("AP", producer.history().get(0).value().source());
    }

    @Test
    void commandLineErrorsExitWith2AndHelpWith0() {
        assertEquals(IngestMain.BAD_CONFIG, run("files", SEED.toString()));
        assertEquals(IngestMain.BAD_CONFIG, run("--bootstrap-servers", "k:9092", "files"));
        assertEquals(IngestMain.BAD_CONFIG, run("--bootstrap-servers", "k:9092", "serve-forever"));
        assertEquals(IngestMain.BAD_CONFIG, run("--bootstrap-servers", "k:9092", "--no-such-option", "x"));
        assertEquals(IngestMain.BAD_CONFIG, run("--bootstrap-servers", "k:9092", "--http-port", "-1"));
        assertEquals(IngestMain.OK, run("--help"));
    }

    private static int run(final String... args) {
        final ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(sink, true, StandardCharsets.UTF_8)) {
            return IngestMain.run(args, Map.of(), out, out);
        }
    }
}
