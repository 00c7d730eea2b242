package io.newsflow.tagger.geo;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.common.json.Json;
import io.newsflow.tagger.ner.CrfEntityTagger;
import io.newsflow.tagger.ner.EntityTagger;
import io.newsflow.tagger.ner.EntityTags;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * {@code evaluate geo --bench FILE.jsonl}: gazetteer load time (wall and CPU), the heap the gazetteer
 * holds, and the time to resolve the places of one article (median and 95th percentile), with the
 * entity tags computed beforehand so that only the resolver is timed. Run it in a fresh JVM: the load
 * time is that of the first load.
 */
public final class GeoBenchmark {

    private static final int ROUNDS = 5;

    private GeoBenchmark() {
    }

    public static void main(final String[] args) {
        System.exit(run(List.of(args), System.out));
    }

    public static int run(final List<String> args, final PrintStream out) {
        if (args.size() != 1) {
            out.println("usage: evaluate geo --bench FILE.jsonl");
            return 2;
        }
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final long heapBefore = usedHeapAfterGc();
        final long cpuStart = threads.getCurrentThreadCpuTime();
        final long wallStart = System.nanoTime();
        final Gazetteer gazetteer = Gazetteer.loadResource();
        final double loadMs = (System.nanoTime() - wallStart) / 1e6;
        final double loadCpuMs = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        final long heapGazetteer = usedHeapAfterGc() - heapBefore;

        final List<String[]> texts = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(Path.of(args.get(0)), StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    final JsonNode doc = Json.mapper().readTree(line);
                    texts.add(new String[] {"", doc.path("text").asText("")});
                }
            }
        } catch (IOException e) {
            out.println("cannot read " + args.get(0) + ": " + e.getMessage());
            return 1;
        }
        final EntityTagger tagger = CrfEntityTagger.load();
        final List<EntityTags> tags = texts.stream().map(t -> tagger.tag(t[0], t[1])).toList();
        final GazetteerPlaceResolver resolver = new GazetteerPlaceResolver(gazetteer);
        final long[] nanos = new long[texts.size() * ROUNDS];
        final long[] cpuNanos = new long[texts.size() * ROUNDS];
        int k = 0;
        for (int round = 0; round < ROUNDS + 1; round++) {
            for (int i = 0; i < texts.size(); i++) {
                final long c = threads.getCurrentThreadCpuTime();
                final long t = System.nanoTime();
                resolver.resolve(texts.get(i)[0], texts.get(i)[1], tags.get(i));
                final long took = System.nanoTime() - t;
                if (round > 0) { // the first round warms the JIT up
                    cpuNanos[k] = threads.getCurrentThreadCpuTime() - c;
                    nanos[k++] = took;
                }
            }
        }
        Arrays.sort(nanos);
        Arrays.sort(cpuNanos);
        out.printf(Locale.ROOT, "gazetteer: %d places, load %.0f ms (cpu %.0f ms), heap %.0f MB%n",
                gazetteer.size(), loadMs, loadCpuMs, heapGazetteer / 1e6);
        out.printf(Locale.ROOT, "resolution over %d articles x %d: median %.3f ms, p95 %.3f ms, max %.3f ms%n",
                texts.size(), ROUNDS, nanos[nanos.length / 2] / 1e6, nanos[(int) (nanos.length * 0.95)] / 1e6,
                nanos[nanos.length - 1] / 1e6);
        out.printf(Locale.ROOT, "resolution cpu time: median %.3f ms, p95 %.3f ms%n",
                cpuNanos[cpuNanos.length / 2] / 1e6, cpuNanos[(int) (cpuNanos.length * 0.95)] / 1e6);
        return 0;
    }

    private static long usedHeapAfterGc() {
        final Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
