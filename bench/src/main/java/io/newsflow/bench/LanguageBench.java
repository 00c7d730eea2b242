package io.newsflow.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.common.json.Json;
import io.newsflow.tagger.lang.Detection;
import io.newsflow.tagger.lang.LanguageDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code java -jar bench.jar languages [--input FILE.jsonl] [--expect CODE] [--rounds 50]}: the accuracy
 * and the cost of language detection. By default on newsflow's own paragraphs ({@code lang/paragraphs.jsonl},
 * written for it: en, fr, es, de, ar, ru, zh and a few it, pt, nl); {@code --input} reads JSON Lines with a
 * {@code text} (or {@code title} and {@code body}) and a {@code lang} (or {@code language}), {@code --expect}
 * naming the language of lines that carry none. Times are per article after a warm-up, on one thread.
 */
final class LanguageBench {

    static final String USAGE = "usage: java -jar bench.jar languages [--input FILE.jsonl] [--expect CODE] [--rounds N]";
    private static final String PARAGRAPHS = "/lang/paragraphs.jsonl";
    private static final int MAX_LINES = 100_000;

    /** One text and the language it is in. */
    record Sample(String expected, String title, String body) {
    }

    private LanguageBench() {
    }

    static int run(final List<String> args) throws IOException {
        String input = null;
        String expect = null;
        int rounds = 50;
        for (int i = 0; i < args.size(); i++) {
            final String value = i + 1 < args.size() ? args.get(i + 1) : null;
            switch (args.get(i)) {
                case "--input" -> input = value;
                case "--expect" -> expect = value;
                case "--rounds" -> rounds = value == null ? -1 : Integer.parseInt(value);
                default -> {
                    System.err.println(USAGE);
                    return 2;
                }
            }
            if (value == null || rounds < 1) {
                System.err.println(USAGE);
                return 2;
            }
            i++;
        }
        final List<Sample> samples;
        try (InputStream in = input == null ? LanguageBench.class.getResourceAsStream(PARAGRAPHS)
                : Files.newInputStream(Path.of(input))) {
            samples = read(in, expect);
        }
        if (samples.isEmpty()) {
            System.err.println("no text to detect");
            return 2;
        }
        measure(samples, rounds);
        return 0;
    }

    static List<Sample> read(final InputStream in, final String expect) throws IOException {
        final List<Sample> samples = new ArrayList<>();
        final BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null && samples.size() < MAX_LINES; line = lines.readLine()) {
            if (line.isBlank()) {
                continue;
            }
            final JsonNode node = Json.mapper().readTree(line);
            final String lang = node.hasNonNull("lang") ? node.get("lang").asText()
                    : node.hasNonNull("language") ? node.get("language").asText() : expect;
            final String title = node.hasNonNull("title") ? node.get("title").asText() : null;
            final String body = node.hasNonNull("text") ? node.get("text").asText()
                    : node.hasNonNull("body") ? node.get("body").asText() : null;
            samples.add(new Sample(lang, title, body));
        }
        return samples;
    }

    private static void measure(final List<Sample> samples, final int rounds) {
        final long loadAt = System.nanoTime();
        final LanguageDetector detector = LanguageDetector.load();
        Report.say("language profiles: %d languages loaded in %.0f ms", LanguageDetector.LANGUAGES.size(),
                (System.nanoTime() - loadAt) / 1e6);
        final long warmAt = System.nanoTime();
        for (int i = 0; i < 20 && System.nanoTime() - warmAt < 60_000_000_000L; i++) {
            samples.forEach(s -> detector.detect(s.title(), s.body()));
        }
        Report.say("warm-up: %.1f s", (System.nanoTime() - warmAt) / 1e9);
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final Map<String, int[]> byLanguage = new TreeMap<>();
        final Map<String, Integer> misses = new TreeMap<>();
        long wallNanos = 0;
        long cpuNanos = 0;
        int unknown = 0;
        for (int round = 0; round < rounds; round++) {
            for (Sample s : samples) {
                final long cpuAt = threads.getCurrentThreadCpuTime();
                final long at = System.nanoTime();
                final Detection found = detector.detect(s.title(), s.body());
                wallNanos += System.nanoTime() - at;
                cpuNanos += threads.getCurrentThreadCpuTime() - cpuAt;
                if (round > 0) {
                    continue;
                }
                final String said = found.confident() ? found.language() : "unknown";
                unknown += found.confident() ? 0 : 1;
                final int[] counts = byLanguage.computeIfAbsent(String.valueOf(s.expected()), k -> new int[2]);
                counts[1]++;
                if (said.equals(s.expected())) {
                    counts[0]++;
                } else {
                    misses.merge(s.expected() + "->" + said, 1, Integer::sum);
                }
            }
        }
        final int correct = byLanguage.values().stream().mapToInt(c -> c[0]).sum();
        final double chars = samples.stream().mapToInt(s -> length(s.title()) + length(s.body())).average().orElse(0);
        final StringBuilder per = new StringBuilder();
        byLanguage.forEach((lang, c) -> per.append(String.format(java.util.Locale.ROOT, " %s=%d/%d", lang, c[0], c[1])));
        Report.say("by language:%s", per);
        Report.say("misses: %s", misses.isEmpty() ? "none" : misses.toString());
        final long detections = (long) rounds * samples.size();
        Report.say("languages accuracy=%.4f correct=%d total=%d unknown=%d meanChars=%.0f msPerArticle=%.4f"
                + " cpuMsPerArticle=%.4f rounds=%d", (double) correct / samples.size(), correct, samples.size(),
                unknown, chars, wallNanos / 1e6 / detections, cpuNanos / 1e6 / detections, rounds);
    }

    private static int length(final String s) {
        return s == null ? 0 : s.length();
    }
}
