package io.newsflow.tagger.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.common.article.Place;
import io.newsflow.common.article.RawArticle;
import io.newsflow.common.json.Json;
import io.newsflow.tagger.Enricher;
import io.newsflow.tagger.Enrichers;
import io.newsflow.tagger.geo.GazetteerEntry;
import io.newsflow.tagger.geo.GazetteerPlaceResolver;
import io.newsflow.tagger.geo.GeoBenchmark;
import io.newsflow.tagger.geo.GeoOptions;
import io.newsflow.tagger.geo.GeoTags;
import io.newsflow.tagger.geo.PlaceResolver;
import io.newsflow.tagger.ner.EntityTags;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code evaluate geo FILE.jsonl [--gold] [--verbose]}: place recognition P/R/F1 by exact span, and
 * resolution accuracy within 161 km and mean error over the recognised toponyms that have gold
 * coordinates. Each article's text goes through {@link Enricher#enrich} as the body, with the production
 * entity tagger and the gazetteer resolver, as the stream runs them ({@code --demonyms},
 * {@code --no-names-in-organizations} and {@code --no-focus} change the {@link GeoOptions}). With {@code --gold}
 * the gold spans stand in for the entity tagger, which scores resolution alone. A recognised toponym
 * left unresolved counts as a miss for Acc@161 and is left out of the mean error (reported apart).
 */
public final class GeoEvaluation {

    public static final double ACC_KM = 161;
    private static final String USAGE = "usage: evaluate geo FILE.jsonl [--gold] [--verbose] [--demonyms]"
            + " [--no-names-in-organizations] [--no-focus] | evaluate geo --bench FILE.jsonl";

    private GeoEvaluation() {
    }

    public static void main(final String[] args) {
        System.exit(run(List.of(args), System.out));
    }

    public static int run(final List<String> args, final PrintStream out) {
        if (!args.isEmpty() && "--bench".equals(args.get(0))) {
            return GeoBenchmark.run(args.subList(1, args.size()), out);
        }
        boolean gold = false;
        boolean verbose = false;
        GeoOptions options = GeoOptions.DEFAULT;
        Path file = null;
        for (String a : args) {
            switch (a) {
                case "--gold" -> gold = true;
                case "--verbose" -> verbose = true;
                case "--demonyms" -> options = options.withDemonyms(true);
                case "--no-names-in-organizations" -> options = options.withNamesInOrganizations(false);
                case "--no-focus" -> options = options.withPlaceAtFocus(false);
                default -> {
                    if (a.startsWith("--") || file != null) {
                        out.println(USAGE);
                        return 2;
                    }
                    file = Path.of(a);
                }
            }
        }
        if (file == null) {
            out.println(USAGE);
            return 2;
        }
        try {
            final PlaceResolver resolver = GazetteerPlaceResolver.shared(options);
            // The production tagger through the production Enricher path, with the gazetteer resolver.
            final Enricher enricher = gold ? null
                    : new Enricher(Enrichers.standard().entityTagger(), resolver, Enrichers.noTracks(), Clock.systemUTC());
            final Score score = evaluate(file, enricher, resolver, verbose ? out : null);
            score.print(out, file.getFileName().toString(), gold);
            return 0;
        } catch (IOException e) {
            out.println("cannot read " + file + ": " + e.getMessage());
            return 1;
        }
    }

    /** Runs {@code enricher} over each article's text as its body, or {@code resolver} on the gold spans. */
    static Score evaluate(final Path file, final Enricher enricher, final PlaceResolver resolver,
            final PrintStream verbose) throws IOException {
        final Score score = new Score();
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                final JsonNode doc = Json.mapper().readTree(line);
                final String text = doc.path("text").asText("");
                final Map<Long, JsonNode> goldBySpan = new LinkedHashMap<>();
                for (JsonNode t : doc.path("toponyms")) {
                    goldBySpan.put(span(t.path("start").asInt(), t.path("end").asInt()), t);
                }
                final String id = doc.path("id").asText();
                final GeoTags geo;
                if (enricher == null) {
                    geo = resolver.resolve("", text, goldTags(text, goldBySpan.values()));
                } else {
                    final EnrichedArticle a = enricher.enrich(id,
                            new RawArticle(id, null, null, text, null, null, null, null, null), 0L);
                    geo = new GeoTags(a.locations(), a.countries());
                }
                score.add(id, text, goldBySpan, geo, verbose);
            }
        }
        return score;
    }

    private static EntityTags goldTags(final String text, final Iterable<JsonNode> toponyms) {
        final Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (JsonNode t : toponyms) {
            final int start = t.path("start").asInt();
            final int end = t.path("end").asInt();
            final String surface = text.substring(start, end);
            byName.computeIfAbsent(surface, k -> new ArrayList<>()).add(new Mention(Mention.BODY, start, end, surface));
        }
        final List<Entity> places = new ArrayList<>();
        byName.forEach((name, mentions) -> places.add(new Entity(name, mentions)));
        return new EntityTags(List.of(), List.of(), places);
    }

    private static long span(final int start, final int end) {
        return ((long) start << 32) | (end & 0xffffffffL);
    }

    /** Running totals over the documents. */
    static final class Score {
        int predicted;
        int goldCount;
        int matched;
        int withCoordinates;
        int within;
        int unresolved;
        int strongToTown;
        int far;
        double errorKmSum;
        int errorCount;
        final Map<String, int[]> byFeatureCode = new TreeMap<>();

        void add(final String id, final String text, final Map<Long, JsonNode> gold, final GeoTags geo,
                final PrintStream verbose) {
            goldCount += gold.size();
            final Map<Long, Place> predictedBySpan = new HashMap<>();
            for (Place p : geo.places()) {
                for (Mention m : p.mentions()) {
                    if (Mention.BODY.equals(m.field())) {
                        predictedBySpan.put(span(m.start(), m.end()), p);
                    }
                }
            }
            predicted += predictedBySpan.size();
            if (verbose != null) {
                for (Map.Entry<Long, Place> p : predictedBySpan.entrySet()) {
                    if (!gold.containsKey(p.getKey())) {
                        verbose.printf(Locale.ROOT, "%s\tFP\t%s\t%s%n", id, p.getValue().name(), context(text, p.getKey()));
                    }
                }
            }
            for (Map.Entry<Long, JsonNode> g : gold.entrySet()) {
                final Place p = predictedBySpan.get(g.getKey());
                if (p == null) {
                    if (verbose != null) {
                        verbose.printf(Locale.ROOT, "%s\tFN\t%s\t%s\t%s%n", id, g.getValue().path("name").asText(),
                                g.getValue().path("fcode").asText("?"), context(text, g.getKey()));
                    }
                    continue;
                }
                matched++;
                final JsonNode t = g.getValue();
                if (!t.hasNonNull("lat") || !t.hasNonNull("lon")) {
                    continue;
                }
                withCoordinates++;
                final String fcode = t.path("fcode").asText("?");
                final int[] byCode = byFeatureCode.computeIfAbsent(fcode, k -> new int[2]);
                byCode[1]++;
                if (p.lat() == null) {
                    unresolved++;
                    if (verbose != null) {
                        verbose.printf(Locale.ROOT, "%s\tUNRESOLVED\t%s\t%s%n", id, p.name(), fcode);
                    }
                    continue;
                }
                final double km = GazetteerEntry.distanceKm(p.lat(), p.lon(), t.path("lat").asDouble(),
                        t.path("lon").asDouble());
                errorKmSum += km;
                errorCount++;
                if (km <= ACC_KM) {
                    within++;
                    byCode[0]++;
                    continue;
                }
                if (isStrongPrior(fcode) && "P".equals(p.featureClass())) {
                    strongToTown++;
                } else {
                    far++;
                }
                if (verbose != null) {
                    verbose.printf(Locale.ROOT, "%s\tMISS %.0f km\t%s\tgot %s %s %s\twant %s %s %s%n", id, km, p.name(),
                            p.countryCode(), p.admin1(), p.featureClass(), t.path("country").asText(""),
                            t.path("admin1").asText(""), fcode);
                }
            }
        }

        /** Countries, continents, oceans, seas and first-level divisions: names whose best reading is rarely a town. */
        static boolean isStrongPrior(final String fcode) {
            return fcode.startsWith("PCL") || fcode.equals("CONT") || fcode.equals("OCN") || fcode.equals("SEA")
                    || fcode.equals("ADM1") || fcode.equals("PCLH") || fcode.equals("TERR");
        }

        /**
         * Share of the recognised toponyms (exact span) with gold coordinates whose place has none: those
         * the gold itself leaves without coordinates are not counted, as for Acc@161.
         */
        double unresolvedShare() {
            return withCoordinates == 0 ? 0 : (double) unresolved / withCoordinates;
        }

        private static String context(final String text, final long span) {
            final int start = (int) (span >>> 32);
            final int end = (int) span;
            return (text.substring(Math.max(0, start - 30), start) + "[" + text.substring(start, end) + "]"
                    + text.substring(end, Math.min(text.length(), end + 30))).replaceAll("\\s+", " ");
        }

        double precision() {
            return predicted == 0 ? 0 : (double) matched / predicted;
        }

        double recall() {
            return goldCount == 0 ? 0 : (double) matched / goldCount;
        }

        double f1() {
            final double p = precision();
            final double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double acc161() {
            return withCoordinates == 0 ? 0 : (double) within / withCoordinates;
        }

        double meanKm() {
            return errorCount == 0 ? 0 : errorKmSum / errorCount;
        }

        void print(final PrintStream out, final String name, final boolean gold) {
            out.printf(Locale.ROOT, "%s%s: toponyms gold=%d predicted=%d matched=%d%n", name,
                    gold ? " (gold spans)" : "", goldCount, predicted, matched);
            out.printf(Locale.ROOT, "recognition P=%.3f R=%.3f F1=%.3f%n", precision(), recall(), f1());
            out.printf(Locale.ROOT, "resolution over %d recognised with coordinates: within %.0f km=%d unresolved=%d%n",
                    withCoordinates, ACC_KM, within, unresolved);
            byFeatureCode.entrySet().stream()
                    .sorted((a, b) -> Integer.compare(b.getValue()[1], a.getValue()[1]))
                    .limit(12)
                    .forEach(e -> out.printf(Locale.ROOT, "  %-6s acc161=%.3f n=%d%n", e.getKey(),
                            (double) e.getValue()[0] / e.getValue()[1], e.getValue()[1]));
            out.printf(Locale.ROOT, "misses by class: strong-prior name sent to a town=%d, recognised but unresolved=%d,"
                    + " over %.0f km otherwise=%d%n", strongToTown, unresolved, ACC_KM, far);
            out.printf(Locale.ROOT, "geo F1=%.3f acc161=%.3f meanKm=%.0f unresolved=%.3f%n", f1(), acc161(), meanKm(),
                    unresolvedShare());
        }
    }
}
