package io.newsflow.bench;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.common.article.Place;
import io.newsflow.tagger.stories.InMemoryStoryState;
import io.newsflow.tagger.stories.SerializedStoryState;
import io.newsflow.tagger.stories.StoryIndex;
import io.newsflow.tagger.stories.StoryOptions;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.TreeMap;

/**
 * Cost of story assignment with a full window: fills a {@link StoryIndex} with {@code --stories N} distinct
 * synthetic articles (300 words drawn from a Zipf-like vocabulary of 50,000 words, two people, two places
 * and a country from large pools, publication times spread over two days), then times the assignment of
 * {@code --measure M} more articles, one in two an edited copy of an article of the window (last third
 * cut, a dateline and a footer added). Prints the median and p99 wall time per article, the median CPU time
 * of the assigning thread (which a machine shared with other work does not inflate as it does wall time), the heap the
 * window holds after a full collection and the last line
 * {@code stories-bench stories=… medianMs=… p99Ms=… heapMb=…}. It asserts nothing.
 *
 * <p>{@code --state serialized} keeps the window as {@link SerializedStoryState} entries in a sorted map (JSON
 * binary and JSON values, the form a Kafka Streams store holds), which adds the cost of reading and writing entries.
 *
 * <p>Usage: {@code StoryBenchmark [--stories N] [--measure M] [--state memory|serialized]}
 */
public final class StoryBenchmark {

    private static final int VOCABULARY = 50_000;
    private static final int WORDS = 300;
    private static final long START = Instant.parse("2026-03-02T00:00:00Z").toEpochMilli();
    private static final long SPAN = 2L * 24 * 3600 * 1000;

    private StoryBenchmark() {
    }

    public static void main(final String[] args) {
        System.exit(run(List.of(args), System.out));
    }

    static int run(final List<String> args, final PrintStream out) {
        int stories = 100_000;
        int measure = 5_000;
        boolean serialized = false;
        for (int i = 0; i + 1 < args.size(); i += 2) {
            switch (args.get(i)) {
                case "--stories" -> stories = Integer.parseInt(args.get(i + 1));
                case "--measure" -> measure = Integer.parseInt(args.get(i + 1));
                case "--state" -> serialized = "serialized".equals(args.get(i + 1));
                default -> {
                    out.println("usage: StoryBenchmark [--stories N] [--measure M] [--state memory|serialized]");
                    return 2;
                }
            }
        }
        final Random random = new Random(17);
        final TreeMap<String, byte[]> entries = new TreeMap<>();
        final StoryIndex index = new StoryIndex(serialized ? new SerializedStoryState(entries)
                : new InMemoryStoryState(), StoryOptions.DEFAULT);
        final List<EnrichedArticle> kept = new ArrayList<>();
        final long fillStart = System.nanoTime();
        for (int i = 0; i < stories; i++) {
            final EnrichedArticle article = article(random, "a" + i, START + SPAN * i / (stories + measure), null);
            index.assign(article);
            if (i % 50 == 0) {
                kept.add(article);
            }
        }
        final double fillSeconds = (System.nanoTime() - fillStart) / 1e9;
        final double[] millis = new double[measure];
        final double[] cpuMillis = new double[measure];
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < measure; i++) {
            final long time = START + SPAN * (stories + i) / (stories + measure);
            final EnrichedArticle article = i % 2 == 0
                    ? article(random, "m" + i, time, null)
                    : article(random, "m" + i, time, kept.get(random.nextInt(kept.size())));
            final long cpuStart = threads.getCurrentThreadCpuTime();
            final long start = System.nanoTime();
            index.assign(article);
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        System.gc();
        final Runtime runtime = Runtime.getRuntime();
        final long heapMb = (runtime.totalMemory() - runtime.freeMemory()) >> 20;
        out.printf(Locale.ROOT, "filled %d stories in %.1f s; window: stories=%d %s%n", stories, fillSeconds,
                index.state().storyCount(), index.state() instanceof InMemoryStoryState memory ? memory.sizes()
                        : sizes(entries));
        out.printf(Locale.ROOT, "stories-bench stories=%d medianMs=%.3f p99Ms=%.3f medianCpuMs=%.3f heapMb=%d%n",
                index.state().storyCount(), millis[measure / 2], millis[(int) (measure * 0.99)],
                cpuMillis[measure / 2], heapMb);
        return 0;
    }

    /** Entries and bytes (keys as UTF-16 chars count 1 byte each, as in a UTF-8 store) by key prefix. */
    private static String sizes(final TreeMap<String, byte[]> entries) {
        final java.util.Map<String, long[]> byKind = new TreeMap<>();
        long bytes = 0;
        for (java.util.Map.Entry<String, byte[]> e : entries.entrySet()) {
            final String key = e.getKey();
            final String kind = key.length() > 1 && key.charAt(1) == '/' ? key.substring(0, 1) : key;
            final long size = e.getKey().length() + e.getValue().length;
            final long[] sum = byKind.computeIfAbsent(kind, k -> new long[2]);
            sum[0]++;
            sum[1] += size;
            bytes += size;
        }
        final StringBuilder out = new StringBuilder("entries=" + entries.size() + " storeMb=" + (bytes >> 20));
        byKind.forEach((kind, sum) -> out.append(' ').append(kind).append('=').append(sum[0]).append('/')
                .append(sum[1] >> 10).append("KB"));
        return out.toString();
    }

    /** A synthetic article, or an edited copy of {@code original} when given. */
    private static EnrichedArticle article(final Random random, final String id, final long time,
            final EnrichedArticle original) {
        final String body;
        if (original != null) {
            final String text = original.body();
            body = "CITY (Wire) - " + text.substring(0, text.length() * 2 / 3) + " Copyright Wire, all rights reserved.";
        } else {
            final StringBuilder text = new StringBuilder(WORDS * 8);
            for (int w = 0; w < WORDS; w++) {
                // Zipf-like: small ranks are much more frequent.
                final int rank = (int) Math.pow(VOCABULARY, random.nextDouble());
                text.append('w').append(Integer.toString(rank, 36)).append(w % 12 == 11 ? ". " : " ");
            }
            body = text.toString();
        }
        final List<Entity> people = original != null ? original.people() : List.of(
                person(random), person(random));
        final List<Place> places = original != null ? original.locations() : List.of(place(random), place(random));
        final List<String> countries = original != null ? original.countries()
                : List.of("C" + Integer.toString(random.nextInt(200), 36));
        return new EnrichedArticle(id, null, "Title " + id, body, "bench", Instant.ofEpochMilli(time).toString(), "en",
                1L, null, people, List.of(), places, countries, List.of(), null, false, null);
    }

    private static Entity person(final Random random) {
        final String name = "Person " + random.nextInt(200_000);
        return new Entity(name, List.of(new Mention(Mention.BODY, 0, name.length(), name)));
    }

    private static Place place(final Random random) {
        final int id = random.nextInt(50_000);
        final String name = "Place " + id;
        return new Place(name, List.of(new Mention(Mention.BODY, 0, name.length(), name)), (long) id, "XX", null,
                0.0, 0.0, "P", 1000L);
    }
}
