package io.newsflow.api.http;

import io.javalin.http.Context;
import io.newsflow.api.cluster.Cluster;
import io.newsflow.api.cluster.RemoteInstances;
import io.newsflow.api.query.BadParameterException;
import io.newsflow.api.query.CountEntry;
import io.newsflow.api.query.CountQuery;
import io.newsflow.api.query.LocalStores;
import io.newsflow.api.query.Params;
import io.newsflow.api.store.ApiStores;
import io.newsflow.api.store.ArticleTerms;
import io.newsflow.api.store.Facet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.streams.state.HostInfo;

/**
 * {@code /api/entities}, {@code /api/countries} and {@code /api/places}: the article counts of every
 * instance (each holds the counts of its partitions) summed, most articles first.
 */
final class CountRoutes {

    /** The facets whose counts other instances may ask for. */
    private static final List<Facet> COUNTED = List.of(Facet.PERSON, Facet.ORG, Facet.PLACE, Facet.COUNTRY);
    private static final Map<String, Facet> TYPES = Map.of("person", Facet.PERSON, "org", Facet.ORG,
            "place", Facet.PLACE);

    /** An entity as {@code /api/entities} answers it. */
    record EntityCount(String type, String name, Long geonameId, long count) {
    }

    record CountryCount(String country, long count) {
    }

    record PlaceCount(long geonameId, String name, String country, Double lat, Double lon, long count) {
    }

    private final LocalStores local;
    private final Cluster cluster;
    private final RemoteInstances remote;

    CountRoutes(final LocalStores local, final Cluster cluster, final RemoteInstances remote) {
        this.local = local;
        this.cluster = cluster;
        this.remote = remote;
    }

    void entities(final Context ctx) {
        final Params p = ArticleRoutes.params(ctx);
        final String type = p.get("type");
        if (type != null && !TYPES.containsKey(type.toLowerCase(Locale.ROOT))) {
            throw new BadParameterException("type must be person, org or place, was '" + type + "'");
        }
        final int limit = p.limit(10, 100);
        final String prefix = p.get("prefix");
        final List<EntityCount> all = new ArrayList<>();
        for (String t : type == null ? List.of("person", "org", "place") : List.of(type.toLowerCase(Locale.ROOT))) {
            final Facet facet = TYPES.get(t);
            for (CountEntry e : counts(ctx, facet, prefix, null)) {
                all.add(facet == Facet.PLACE
                        ? new EntityCount(t, CountQuery.name(facet, e.display()), Long.parseLong(e.value()), e.count())
                        : new EntityCount(t, e.display(), null, e.count()));
            }
        }
        all.sort((a, b) -> Long.compare(b.count(), a.count()));
        Answers.json(ctx, Map.of("entities", all.subList(0, Math.min(limit, all.size()))));
    }

    void countries(final Context ctx) {
        final Params p = ArticleRoutes.params(ctx);
        final List<CountryCount> out = counts(ctx, Facet.COUNTRY, null, p.instant("since")).stream()
                .map(e -> new CountryCount(e.value(), e.count())).toList();
        Answers.json(ctx, Map.of("countries", out));
    }

    void places(final Context ctx) {
        final Params p = ArticleRoutes.params(ctx);
        final int limit = p.limit(500, 5000);
        final List<PlaceCount> out = counts(ctx, Facet.PLACE, null, p.instant("since")).stream().limit(limit)
                .map(e -> {
                    final ArticleTerms.PlaceInfo info = CountQuery.place(e.display());
                    return new PlaceCount(Long.parseLong(e.value()), info.name(), info.country(), info.lat(),
                            info.lon(), e.count());
                }).toList();
        Answers.json(ctx, Map.of("places", out));
    }

    /** This instance's counts alone, for another instance: {@code facet} is a facet code. */
    void localCounts(final Context ctx) {
        final Params p = ArticleRoutes.params(ctx);
        final String code = p.get("facet");
        final Facet facet = java.util.Arrays.stream(Facet.values())
                .filter(f -> COUNTED.contains(f) && code != null && code.equals(Character.toString(f.code())))
                .findFirst().orElseThrow(() -> new BadParameterException("facet must be the code of a counted facet"));
        Answers.json(ctx, new RemoteInstances.WireCounts(local.counts(facet, p.get("prefix"), p.instant("since"))));
    }

    private List<CountEntry> counts(final Context ctx, final Facet facet, final String prefix, final Instant since) {
        final List<HostInfo> others = cluster.others(ApiStores.COUNTS);
        final List<List<CountEntry>> parts = new ArrayList<>(remote.counts(others, "facet=" + facet.code()
                + (ctx.queryString() == null ? "" : "&" + ctx.queryString())));
        parts.add(local.counts(facet, prefix, since));
        return CountEntry.merge(parts);
    }
}
