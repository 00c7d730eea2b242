package io.newsflow.tagger.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.common.json.Json;
import io.newsflow.tagger.ner.CrfEntityTagger;
import io.newsflow.tagger.ner.EntityTagger;
import io.newsflow.tagger.ner.EntityTags;
import io.newsflow.tagger.ner.NewsEntityTagger;
import io.newsflow.tagger.ner.Step;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores entity tagging on a CoNLL-style JSON Lines file: per-type and micro P/R/F1 over PER, LOC and
 * ORG by exact span and type, for newsflow's tagger and, side by side in the same run, for the CRF alone.
 * Each document's text is tagged as an article body with an empty title, as the stream does. Gold MISC
 * spans are not scored, so a PER/LOC/ORG prediction on one is a false positive.
 *
 * <p>A place corpus (documents with {@code "toponyms"} instead of {@code "entities"}: LGL, TR-News) is
 * scored on place recognition alone: predicted places against the toponyms, by exact span, and the last
 * line then starts with {@code toponyms overall}.
 *
 * <p>Usage: {@code evaluate ner FILE.jsonl [--half=1|2] [--errors] [--ablation] [--without=STEP,...]};
 * {@code --half} scores one half of the documents, split by document (the first, third, fifth... line is
 * half 1, the others half 2) so that a setting tuned on one half can be checked on the other;
 * {@code --errors} also lists every wrong or missed span of the newsflow tagger, {@code --ablation} the
 * score without each correction, {@code --without} leaves corrections out of the newsflow tagger.
 */
public final class NerEvaluation {

    static final List<String> TYPES = List.of("PER", "LOC", "ORG");

    private NerEvaluation() {
    }

    public static void main(final String[] args) {
        System.exit(run(List.of(args), System.out));
    }

    /** Runs the evaluation; returns the process exit code (0 ok, 2 bad usage or unreadable input). */
    public static int run(final List<String> given, final PrintStream out) {
        final List<String> args = joinValues(given);
        // The dispatcher may pass the command's own name first: "ner FILE.jsonl".
        final List<String> files = args.stream().filter(a -> !a.startsWith("--")).dropWhile("ner"::equals).toList();
        final boolean errors = args.contains("--errors");
        final String half = args.stream().filter(a -> a.startsWith("--half=")).map(a -> a.substring(7))
                .reduce((a, b) -> b).orElse(null);
        if (files.size() != 1 || half != null && !List.of("1", "2").contains(half)) {
            out.println("usage: evaluate ner FILE.jsonl [--half=1|2] [--errors] [--ablation] [--without=STEP,...]");
            return 2;
        }
        final List<Doc> docs;
        try {
            docs = half(read(Path.of(files.get(0))), half == null ? 0 : Integer.parseInt(half));
        } catch (IOException | RuntimeException e) {
            out.println("ner: cannot read " + files.get(0) + ": " + e.getMessage());
            return 2;
        }
        final Set<Step> steps = EnumSet.allOf(Step.class);
        args.stream().filter(a -> a.startsWith("--without=")).flatMap(a -> List.of(a.substring(10).split(",")).stream())
                .forEach(name -> steps.remove(Step.valueOf(name.trim().toUpperCase(Locale.ROOT))));
        final EntityTagger tagger = steps.size() == Step.values().length ? NewsEntityTagger.load()
                : NewsEntityTagger.withSteps(steps);
        final Score newsflow = score(tagger, docs, errors ? out : null);
        final Score crf = score(CrfEntityTagger.load(), docs, null);
        final boolean toponyms = !docs.isEmpty() && docs.stream().allMatch(Doc::toponyms);
        out.printf(Locale.ROOT, "ner %s%s: %d documents, gold %s spans %d%n", files.get(0),
                half == null ? "" : " half " + half, docs.size(),
                toponyms ? "toponym" : "PER/LOC/ORG", newsflow.gold());
        out.printf(Locale.ROOT, "%-5s %-28s %-28s%n", "type", "newsflow P / R / F1", "crf alone P / R / F1");
        for (String type : toponyms ? List.of("LOC") : TYPES) {
            out.printf(Locale.ROOT, "%-5s %-28s %-28s%n", type, newsflow.prf(type), crf.prf(type));
        }
        if (!toponyms) {
            out.printf(Locale.ROOT, "%-5s %-28s %-28s%n", "all", newsflow.prf(null), crf.prf(null));
        }
        if (args.contains("--ablation")) {
            ablation(docs, newsflow, out);
        }
        out.printf(Locale.ROOT, "%s overall P=%.4f R=%.4f F1=%.4f (crf alone F1=%.4f)%n",
                toponyms ? "toponyms" : "ner",
                newsflow.precision(null), newsflow.recall(null), newsflow.f1(null), crf.f1(null));
        return 0;
    }

    /** "--half 2" is "--half=2". */
    private static List<String> joinValues(final List<String> args) {
        final List<String> out = new ArrayList<>(args.size());
        for (int i = 0; i < args.size(); i++) {
            if ("--half".equals(args.get(i)) && i + 1 < args.size()) {
                out.add("--half=" + args.get(++i));
            } else {
                out.add(args.get(i));
            }
        }
        return out;
    }

    /**
     * Half 1 is the documents at even positions of the file (the first, third, ...), half 2 those at odd
     * ones, so that each half draws on every part of the file; 0 keeps them all.
     */
    static List<Doc> half(final List<Doc> docs, final int half) {
        if (half == 0) {
            return docs;
        }
        final List<Doc> out = new ArrayList<>();
        for (int i = half - 1; i < docs.size(); i += 2) {
            out.add(docs.get(i));
        }
        return out;
    }

    /** What each correction brings: the full tagger's F1 with that one step left out. */
    private static void ablation(final List<Doc> docs, final Score full, final PrintStream out) {
        for (Step step : Step.values()) {
            final Set<Step> steps = EnumSet.allOf(Step.class);
            steps.remove(step);
            final Score without = score(NewsEntityTagger.withSteps(steps), docs, null);
            out.printf(Locale.ROOT, "without %-12s F1=%.4f (%+.4f)  PER %.4f LOC %.4f ORG %.4f%n", step,
                    without.f1(null), full.f1(null) - without.f1(null), without.f1("PER"), without.f1("LOC"),
                    without.f1("ORG"));
        }
        final Score none = score(NewsEntityTagger.withSteps(EnumSet.noneOf(Step.class)), docs, null);
        out.printf(Locale.ROOT, "no step      F1=%.4f (line-aware sentences only)%n", none.f1(null));
    }

    record Span(int start, int end, String type) {
    }

    /** {@code toponyms}: the gold spans are the toponyms of a place corpus (LGL, TR-News), typed LOC. */
    record Doc(String id, String text, Set<Span> gold, boolean toponyms) {
    }

    static List<Doc> read(final Path file) throws IOException {
        final List<Doc> docs = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            final JsonNode node = Json.mapper().readTree(line);
            final Set<Span> gold = new HashSet<>();
            for (JsonNode e : node.path("entities")) {
                gold.add(new Span(e.path("start").asInt(), e.path("end").asInt(), e.path("type").asText()));
            }
            for (JsonNode t : node.path("toponyms")) {
                gold.add(new Span(t.path("start").asInt(), t.path("end").asInt(), "LOC"));
            }
            docs.add(new Doc(node.path("id").asText(), node.path("text").asText(), gold, node.has("toponyms")));
        }
        return docs;
    }

    static Score score(final EntityTagger tagger, final List<Doc> docs, final PrintStream errors) {
        final Score score = new Score();
        for (Doc doc : docs) {
            final Set<Span> predicted = predicted(tagger.tag("", doc.text()));
            if (doc.toponyms()) {
                // A place corpus annotates places only: people and organizations are not scored.
                predicted.removeIf(p -> !"LOC".equals(p.type()));
            }
            final Set<Span> gold = new HashSet<>();
            for (Span g : doc.gold()) {
                if (TYPES.contains(g.type())) {
                    gold.add(g);
                    score.count(g.type(), predicted.contains(g) ? "tp" : "fn");
                }
            }
            for (Span p : predicted) {
                if (!gold.contains(p)) {
                    score.count(p.type(), "fp");
                }
            }
            if (errors != null) {
                report(doc, gold, predicted, errors);
            }
        }
        return score;
    }

    private static void report(final Doc doc, final Set<Span> gold, final Set<Span> predicted, final PrintStream out) {
        final Map<String, String> goldBySpan = new LinkedHashMap<>();
        doc.gold().forEach(g -> goldBySpan.put(g.start() + ":" + g.end(), g.type()));
        for (Span p : predicted) {
            if (!gold.contains(p)) {
                out.printf(Locale.ROOT, "FP %s %s [%s] gold=%s | %s%n", doc.id(), p.type(),
                        doc.text().substring(p.start(), p.end()), goldBySpan.getOrDefault(p.start() + ":" + p.end(), "-"),
                        context(doc.text(), p));
            }
        }
        for (Span g : gold) {
            if (!predicted.contains(g)) {
                out.printf(Locale.ROOT, "FN %s %s [%s] | %s%n", doc.id(), g.type(),
                        doc.text().substring(g.start(), g.end()), context(doc.text(), g));
            }
        }
    }

    private static String context(final String text, final Span s) {
        final int from = Math.max(0, s.start() - 40);
        final int to = Math.min(text.length(), s.end() + 40);
        return text.substring(from, to).replace('\n', '/');
    }

    private static Set<Span> predicted(final EntityTags tags) {
        final Set<Span> spans = new HashSet<>();
        add(spans, tags.people(), "PER");
        add(spans, tags.places(), "LOC");
        add(spans, tags.organizations(), "ORG");
        return spans;
    }

    private static void add(final Set<Span> spans, final List<Entity> entities, final String type) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                if (Mention.BODY.equals(m.field())) {
                    spans.add(new Span(m.start(), m.end(), type));
                }
            }
        }
    }

    /** True positive, false positive and false negative counts per type. */
    static final class Score {
        private final Map<String, int[]> counts = new LinkedHashMap<>();

        void count(final String type, final String kind) {
            final int[] c = counts.computeIfAbsent(type, t -> new int[3]);
            c[switch (kind) {
                case "tp" -> 0;
                case "fp" -> 1;
                default -> 2;
            }]++;
        }

        private int get(final String type, final int index) {
            if (type != null) {
                final int[] c = counts.get(type);
                return c == null ? 0 : c[index];
            }
            return counts.values().stream().mapToInt(c -> c[index]).sum();
        }

        int gold() {
            return get(null, 0) + get(null, 2);
        }

        double precision(final String type) {
            final int tp = get(type, 0);
            final int fp = get(type, 1);
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double recall(final String type) {
            final int tp = get(type, 0);
            final int fn = get(type, 2);
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1(final String type) {
            final double p = precision(type);
            final double r = recall(type);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String prf(final String type) {
            return String.format(Locale.ROOT, "%.4f / %.4f / %.4f", precision(type), recall(type), f1(type));
        }
    }
}
