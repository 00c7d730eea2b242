package io.newsflow.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.ArticleValidator;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.topic.Topics;
import io.newsflow.ingest.ArticlePublisher;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedIngesterTest {

    @TempDir
    Path dir;

    @Test
    void publishesEveryArticleOfTheDirectoryAndReportsTheOnesItCannot() throws Exception {
        Files.copy(Path.of("..", "seeds", "2020-10-19-un-libya-military-talks.txt"), dir.resolve("a-seed.txt"));
        Files.writeString(dir.resolve("b-broken.json"), "{\"title\": ", StandardCharsets.UTF_8);
        final MockProducer<String, RawArticle> producer = new MockProducer<>(true, null, new StringSerializer(),
                Topics.RAW.valueSerde().serializer());
        final List<String> lines = new ArrayList<>();

        final int accepted;
        try (ArticlePublisher publisher = new ArticlePublisher(producer, new ArticleValidator(1024 * 1024),
                Duration.ofSeconds(5), Clock.systemUTC(), null)) {
            accepted = SeedIngester.ingest(dir, publisher, lines::add);
        }

        assertEquals(1, accepted);
        final List<ProducerRecord<String, RawArticle>> sent = producer.history();
        assertEquals(1, sent.size());
        assertEquals("UN hosts Libyan military leaders in hopes of end to conflict", sent.get(0).value().title());
        assertEquals(2, lines.size(), lines.toString());
        assertTrue(lines.get(0).startsWith("seed ") && lines.get(0).contains("accepted id=" + sent.get(0).key()),
                lines.get(0));
        assertTrue(lines.get(1).contains("b-broken.json") && lines.get(1).contains("rejected"), lines.get(1));
    }
}
