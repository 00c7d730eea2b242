package io.newsflow.tagger.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.common.article.TrackTag;
import io.newsflow.common.json.Json;
import io.newsflow.tagger.tracks.LexiconTrackClassifier;
import io.newsflow.tagger.tracks.TrackClassifier;
import io.newsflow.tagger.tracks.TrackTags;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code evaluate tracks FILE.jsonl [--bench] [--misses]}: scores the talk-track classifier on a labelled
 * set. Each line is in one of two formats, told apart by its fields:
 * <ul>
 * <li>{@code {"id","title","text","labels":[...]}}: labels are not exhaustive, so it measures the recall
 * of the given label, whether the primary track equals it, and false alarms (any track) on the lines
 * without a label; summary {@code tracks primaryAcc=… recall=… falseAlarm=…}.</li>
 * <li>{@code {"id","title","text","tracks":[...],"primary","talks"}}: exhaustive multi-label gold, so
 * per-track precision, recall and F1, their macro average, primary accuracy (over the lines with a
 * primary) and talks accuracy (over all); summary {@code tracks macroF1=… primaryAcc=… talksAcc=…}.</li>
 * </ul>
 * {@code --bench} adds the median time to classify a 600-word article; {@code --misses} lists the lines
 * that count against the figures. The last line is the summary of the multi-label lines when the file
 * has any, else that of the labelled lines.
 */
public final class TrackEvaluation {

    private TrackEvaluation() {
    }

    /**
     * A labelled article: the title, the body without the title line that some sets repeat, and either
     * non-exhaustive {@code labels} or, for the multi-label format, {@code gold} (else null).
     */
    record Example(String id, String title, String body, List<String> labels, MultiLabelTrackCounts.Gold gold) {
    }

    /** Stand-alone entry point, for running without the enrich command dispatcher. */
    public static void main(final String[] args) {
        System.exit(run(List.of(args), System.out));
    }

    public static int run(final List<String> args, final PrintStream out) {
        final List<String> files = args.stream().filter(a -> !a.startsWith("--")).toList();
        final boolean bench = args.contains("--bench");
        final boolean misses = args.contains("--misses");
        if (files.size() != 1 || args.stream().anyMatch(a -> a.startsWith("--")
                && !a.equals("--bench") && !a.equals("--misses"))) {
            out.println("usage: evaluate tracks FILE.jsonl [--bench] [--misses]");
            return 2;
        }
        final List<Example> examples;
        try {
            examples = read(Path.of(files.get(0)));
        } catch (IOException | UncheckedIOException e) {
            out.println("cannot read " + files.get(0) + ": " + e.getMessage());
            return 1;
        }
        final TrackClassifier classifier = LexiconTrackClassifier.load();
        final Counts counts = evaluate(classifier, examples, misses ? out : null);
        final MultiLabelTrackCounts multiLabel = evaluateMultiLabel(classifier, examples, misses ? out : null);
        if (multiLabel.isEmpty() || !counts.isEmpty()) {
            counts.print(out);
        }
        if (!multiLabel.isEmpty()) {
            if (!counts.isEmpty()) {
                out.println(counts.summary());
            }
            multiLabel.print(out);
        }
        if (bench) {
            out.println(TrackBench.run(classifier, examples));
        }
        out.println(multiLabel.isEmpty() ? counts.summary() : multiLabel.summary());
        return 0;
    }

    static List<Example> read(final Path file) throws IOException {
        final List<Example> examples = new ArrayList<>();
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            for (final String line : (Iterable<String>) lines::iterator) {
                if (line.isBlank()) {
                    continue;
                }
                final JsonNode node = Json.mapper().readTree(line);
                final String title = node.path("title").asText("");
                String text = node.path("text").asText("");
                if (!title.isEmpty() && text.startsWith(title)) {
                    text = text.substring(title.length()).strip();
                }
                final List<String> labels = new ArrayList<>();
                node.path("labels").forEach(label -> labels.add(label.asText()));
                examples.add(new Example(node.path("id").asText(), title, text, List.copyOf(labels), gold(node)));
            }
        }
        return examples;
    }

    /** The multi-label gold of a line that has {@code tracks}, {@code primary} or {@code talks}; else null. */
    private static MultiLabelTrackCounts.Gold gold(final JsonNode node) {
        if (!node.has("tracks") && !node.has("primary") && !node.has("talks")) {
            return null;
        }
        final List<String> tracks = new ArrayList<>();
        node.path("tracks").forEach(track -> tracks.add(track.asText()));
        final JsonNode primary = node.path("primary");
        return new MultiLabelTrackCounts.Gold(tracks, primary.isTextual() ? primary.asText() : null,
                node.path("talks").asBoolean(false));
    }

    static MultiLabelTrackCounts evaluateMultiLabel(final TrackClassifier classifier, final List<Example> examples,
            final PrintStream misses) {
        final MultiLabelTrackCounts counts = new MultiLabelTrackCounts();
        for (final Example example : examples) {
            if (example.gold() == null) {
                continue;
            }
            final TrackTags tags = classifier.classify(example.title(), example.body());
            for (final String wrong : counts.add(example.gold(), tags)) {
                miss(misses, wrong, example, tags);
            }
        }
        return counts;
    }

    static Counts evaluate(final TrackClassifier classifier, final List<Example> examples, final PrintStream misses) {
        final Counts counts = new Counts();
        for (final Example example : examples) {
            if (example.gold() != null) {
                continue;
            }
            final TrackTags tags = classifier.classify(example.title(), example.body());
            final List<String> tracks = tags.tracks().stream().map(TrackTag::track).toList();
            if (example.labels().isEmpty()) {
                counts.unlabelled++;
                if (!tracks.isEmpty()) {
                    counts.falseAlarms++;
                    miss(misses, "falseAlarm", example, tags);
                }
                continue;
            }
            for (final String label : example.labels()) {
                final int[] perLabel = counts.byLabel.computeIfAbsent(label, l -> new int[3]);
                counts.labels++;
                perLabel[0]++;
                if (tracks.contains(label)) {
                    counts.recalled++;
                    perLabel[1]++;
                } else {
                    miss(misses, "missed " + label, example, tags);
                }
                if (label.equals(tags.primaryTrack())) {
                    counts.primaryRight++;
                    perLabel[2]++;
                } else if (tracks.contains(label)) {
                    miss(misses, "primary not " + label, example, tags);
                }
            }
        }
        return counts;
    }

    private static void miss(final PrintStream misses, final String what, final Example example, final TrackTags tags) {
        if (misses != null) {
            misses.printf(Locale.ROOT, "miss %-22s %s %s%n", what, example.id(),
                    tags.tracks().stream().map(t -> t.track() + "=" + t.score()).toList());
        }
    }

    /** Tallies of one evaluation. */
    static final class Counts {
        int labels;
        int recalled;
        int primaryRight;
        int unlabelled;
        int falseAlarms;
        final Map<String, int[]> byLabel = new LinkedHashMap<>();

        double recall() {
            return ratio(recalled, labels);
        }

        double primaryAccuracy() {
            return ratio(primaryRight, labels);
        }

        double falseAlarmRate() {
            return ratio(falseAlarms, unlabelled);
        }

        boolean isEmpty() {
            return labels == 0 && unlabelled == 0;
        }

        String summary() {
            return String.format(Locale.ROOT, "tracks primaryAcc=%.3f recall=%.3f falseAlarm=%.3f",
                    primaryAccuracy(), recall(), falseAlarmRate());
        }

        void print(final PrintStream out) {
            byLabel.forEach((label, c) -> out.printf(Locale.ROOT, "label %-10s n=%d recall=%.3f primaryAcc=%.3f%n",
                    label, c[0], ratio(c[1], c[0]), ratio(c[2], c[0])));
            out.printf(Locale.ROOT, "unlabelled n=%d falseAlarms=%d%n", unlabelled, falseAlarms);
        }

        private static double ratio(final int part, final int whole) {
            return whole == 0 ? 0.0 : (double) part / whole;
        }
    }
}
