package io.newsflow.tagger.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.article.Story;
import io.newsflow.common.json.Json;
import io.newsflow.tagger.Enricher;
import io.newsflow.tagger.Enrichers;
import io.newsflow.tagger.stories.StoryIndex;
import io.newsflow.tagger.stories.StoryOptions;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code evaluate stories FILE.jsonl [--tagged TAGGED.jsonl] [--join X] [--duplicate X] [--misses]}: assigns
 * stories to the lines of a labelled file in their order, through the production {@link StoryIndex}, and
 * scores them against the gold {@code story} of each line ({@code {"id","title","text","publishedAt",
 * "story"}}; an optional gold {@code duplicateOf} is scored too). Each line is tagged by the production
 * {@link Enricher} unless {@code --tagged} gives the output of {@code tag} for the same file (matched by
 * id), which lets the thresholds be tried without tagging again. The last line is
 * {@code stories pairF1=… bcubedF1=…}.
 */
public final class StoryEvaluation {

    static final String USAGE = "usage: evaluate stories FILE.jsonl [--tagged TAGGED.jsonl] [--join X] [--no-merge]"
            + " [--duplicate X] [--misses]";

    private StoryEvaluation() {
    }

    public static int run(final List<String> args, final PrintStream out) {
        String file = null;
        String tagged = null;
        StoryOptions options = StoryOptions.DEFAULT;
        boolean misses = false;
        try {
            for (int i = 0; i < args.size(); i++) {
                final String arg = args.get(i);
                switch (arg) {
                    case "--tagged" -> tagged = args.get(++i);
                    case "--join" -> options = options.withJoinThreshold(Double.parseDouble(args.get(++i)));
                    case "--duplicate" -> options = options.withDuplicateThreshold(Double.parseDouble(args.get(++i)));
                    case "--misses" -> misses = true;
                    case "--no-merge" -> options = options.withMerge(false);
                    default -> {
                        if (arg.startsWith("--") || file != null) {
                            throw new IllegalArgumentException("unexpected argument " + arg);
                        }
                        file = arg;
                    }
                }
            }
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            out.println(USAGE);
            return 2;
        }
        if (file == null) {
            out.println(USAGE);
            return 2;
        }
        final List<JsonNode> lines;
        final Map<String, EnrichedArticle> pretagged;
        try {
            lines = read(Path.of(file));
            pretagged = tagged == null ? Map.of() : readTagged(Path.of(tagged));
        } catch (IOException | UncheckedIOException e) {
            out.println("cannot read: " + e.getMessage());
            return 1;
        }
        Enricher enricher = null;
        final StoryIndex index = StoryIndex.inMemory(options);
        final List<String> gold = new ArrayList<>();
        final List<String> predicted = new ArrayList<>();
        final double[] millis = new double[lines.size()];
        int duplicatesTrue = 0;
        int duplicatesPredicted = 0;
        int duplicatesGold = 0;
        for (int i = 0; i < lines.size(); i++) {
            final JsonNode line = lines.get(i);
            final String id = line.path("id").asText();
            EnrichedArticle article = pretagged.get(id);
            if (article == null) {
                enricher = enricher == null ? Enrichers.standard() : enricher;
                article = tag(enricher, (ObjectNode) line);
            }
            final long start = System.nanoTime();
            final Story story = index.assign(article);
            millis[i] = (System.nanoTime() - start) / 1e6;
            gold.add(line.path("story").asText());
            predicted.add(story.id());
            final String goldCopy = line.path("duplicateOf").isTextual() ? line.path("duplicateOf").asText() : null;
            duplicatesGold += goldCopy == null ? 0 : 1;
            duplicatesPredicted += story.duplicateOf() == null ? 0 : 1;
            duplicatesTrue += goldCopy != null && goldCopy.equals(story.duplicateOf()) ? 1 : 0;
            final int first = predicted.indexOf(story.id());
            final boolean falseMerge = first < i && !gold.get(first).equals(gold.get(i));
            final boolean split = first == i && gold.indexOf(gold.get(i)) < i;
            if (misses && (falseMerge || split)) {
                out.println((falseMerge ? "merged " : "split ") + id + " gold=" + gold.get(i) + " story=" + story.id() + " duplicateOf="
                        + story.duplicateOf() + " similarity=" + story.similarity());
            }
        }
        final StoryScores scores = StoryScores.of(gold, predicted);
        out.printf(Locale.ROOT, "articles %d, gold stories %d, predicted stories %d%n", lines.size(),
                gold.stream().distinct().count(), predicted.stream().distinct().count());
        scores.print(out);
        if (duplicatesGold > 0) {
            final double p = duplicatesPredicted == 0 ? 1 : duplicatesTrue / (double) duplicatesPredicted;
            final double r = duplicatesTrue / (double) duplicatesGold;
            out.printf(Locale.ROOT, "duplicateOf P=%.4f R=%.4f F1=%.4f (gold %d, predicted %d)%n", p, r,
                    StoryScores.f1(p, r), duplicatesGold, duplicatesPredicted);
        }
        Arrays.sort(millis);
        out.printf(Locale.ROOT, "assignment median %.3f ms, p99 %.3f ms per article%n",
                millis.length == 0 ? 0 : millis[millis.length / 2],
                millis.length == 0 ? 0 : millis[Math.min(millis.length - 1, (int) (millis.length * 0.99))]);
        out.printf(Locale.ROOT, "stories pairF1=%.4f bcubedF1=%.4f%n", scores.pairF1(), scores.bcubedF1());
        return 0;
    }

    private static EnrichedArticle tag(final Enricher enricher, final ObjectNode gold) {
        final ObjectNode line = gold.deepCopy();
        if (!line.hasNonNull("body") && line.hasNonNull("text")) {
            line.set("body", line.get("text"));
        }
        // The gold story is not the article's; it must not reach the tagger.
        line.remove("story");
        try {
            final RawArticle raw = Json.mapper().treeToValue(line, RawArticle.class);
            return enricher.enrich(line.path("id").asText(), raw, 0L);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> read(final Path path) throws IOException {
        final List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                lines.add(Json.mapper().readTree(line));
            }
        }
        return lines;
    }

    private static Map<String, EnrichedArticle> readTagged(final Path path) throws IOException {
        final Map<String, EnrichedArticle> articles = new HashMap<>();
        for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                final EnrichedArticle article = Json.read(line, EnrichedArticle.class);
                // A story the tag command assigned is a prediction, not an input.
                articles.put(article.id(), article.withStory(null));
            }
        }
        return articles;
    }
}
