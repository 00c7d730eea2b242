package io.newsflow.api;

import io.newsflow.api.query.LocalStores;
import io.newsflow.api.query.PartitionStores;
import io.newsflow.api.store.ApiStores;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.StoryView;
import io.newsflow.common.json.Json;
import io.newsflow.common.topic.Topics;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** The api topology in a TopologyTestDriver with the production configuration, and its stores as queries see them. */
public final class StoreFixture implements AutoCloseable {

    private final TopologyTestDriver driver;
    private final TestInputTopic<String, byte[]> current;
    private final TestInputTopic<String, byte[]> stories;

    public StoreFixture(final Path stateDir) {
        final ApiConfig cfg = ApiConfig.of("127.0.0.1:9092", "newsflow-api-test", stateDir, 0);
        driver = new TopologyTestDriver(ApiTopology.buildTopology(cfg), ApiTopology.streamsConfig(cfg));
        current = driver.createInputTopic(Topics.CURRENT.name(), new StringSerializer(), new ByteArraySerializer());
        stories = driver.createInputTopic(Topics.STORIES.name(), new StringSerializer(), new ByteArraySerializer());
    }

    public StoreFixture put(final EnrichedArticle... articles) {
        for (EnrichedArticle a : articles) {
            current.pipeInput(a.id(), Json.writeBytes(a));
        }
        return this;
    }

    public StoreFixture retract(final String id) {
        current.pipeInput(id, null);
        return this;
    }

    public StoreFixture putStory(final StoryView story) {
        stories.pipeInput(story.id(), Json.writeBytes(story));
        return this;
    }

    public StoreFixture pipeRaw(final String key, final byte[] value) {
        current.pipeInput(key, value);
        return this;
    }

    public PartitionStores partition() {
        return new PartitionStores(driver.getKeyValueStore(ApiStores.ARTICLES), driver.getKeyValueStore(ApiStores.KEYS),
                driver.getKeyValueStore(ApiStores.INDEX), driver.getKeyValueStore(ApiStores.COUNTS));
    }

    public LocalStores local() {
        return new LocalStores(() -> List.of(partition()), () -> List.of(driver.getKeyValueStore(ApiStores.STORIES)));
    }

    public TopologyTestDriver driver() {
        return driver;
    }

    @Override
    public void close() {
        driver.close();
    }
}
