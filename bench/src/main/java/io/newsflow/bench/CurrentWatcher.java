package io.newsflow.bench;

import io.newsflow.common.topic.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;

/** Reads news.articles.current on a thread of its own and notes when each awaited id first arrives. */
final class CurrentWatcher implements AutoCloseable {

    private final Map<String, Long> expected = new ConcurrentHashMap<>();
    private final Map<String, Long> arrived = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread;

    CurrentWatcher(final String bootstrap) {
        thread = new Thread(() -> {
            try (KafkaConsumer<String, byte[]> consumer = KafkaClients.consumer(bootstrap, Topics.CURRENT.name())) {
                while (running.get()) {
                    for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(50))) {
                        if (r.key() != null && r.value() != null && expected.containsKey(r.key())) {
                            arrived.putIfAbsent(r.key(), System.nanoTime());
                        }
                    }
                }
            }
        }, "bench-current-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    void expect(final List<String> ids) {
        ids.forEach(id -> expected.put(id, 0L));
    }

    int arrived(final List<String> ids) {
        return (int) ids.stream().filter(arrived::containsKey).count();
    }

    long arrivedAt(final String id) {
        return arrived.get(id);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(10_000);
    }
}
