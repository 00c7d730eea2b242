package io.newsflow.enrich.geo;

import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.common.article.Place;
import io.newsflow.enrich.ner.EntityTags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves place names to the gazetteer with the article as evidence: each name's candidates are scored
 * by a prior (place type, population, capital) plus what the rest of the article says: the countries
 * and states of the other places, demonyms ("Libyan"), and a qualifier right after the name ("Paris,
 * Texas", "Sirte, Libya"). Two passes: the first resolves each name on its own, the second with the
 * other names' first answers as evidence.
 */
public final class GazetteerPlaceResolver implements PlaceResolver {

    private static final Pattern QUALIFIER = Pattern.compile(
            "^\\s*,\\s*((?:[A-Z][\\p{L}'’.-]*\\.?)(?:\\s+[A-Z][\\p{L}'’.-]*\\.?){0,3})");
    private static final Pattern CAPITALIZED_WORD = Pattern.compile("\\b\\p{Lu}[\\p{L}-]+\\b");
    private static final double COUNTRY_PRIOR = 12;
    private static final double REGION_PRIOR = 11;
    private static final double ADMIN1_PRIOR = 9;
    private static final double ADMIN2_PRIOR = 8;
    private static final double COUNTRY_EVIDENCE = 4;
    private static final double ADMIN1_EVIDENCE = 3;
    private static final double QUALIFIER_MATCH = 10;
    private static final double DEMONYM_WEIGHT = 0.5;

    private final Gazetteer gazetteer;

    public GazetteerPlaceResolver(final Gazetteer gazetteer) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    }

    /** A resolver over the process-wide gazetteer. */
    public static GazetteerPlaceResolver shared() {
        return new GazetteerPlaceResolver(Gazetteer.shared());
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    @Override
    public GeoTags resolve(final String title, final String body, final EntityTags entities) {
        final String safeTitle = title == null ? "" : title;
        final String safeBody = body == null ? "" : body;
        final Map<String, Double> demonyms = demonymEvidence(safeTitle, safeBody);

        final List<Named> names = new ArrayList<>();
        for (Entity e : entities.places()) {
            final String key = PlaceNames.normalize(e.name());
            final int[] candidates = gazetteer.lookupKey(key);
            if (candidates.length == 0 && gazetteer.isDemonymKey(key)) {
                continue; // "Libyan" is evidence about Libya, not a place in the text
            }
            names.add(new Named(e, candidates, qualifiers(e, safeTitle, safeBody)));
        }

        // Pass 1: each name on its own, with the demonyms.
        final Evidence none = new Evidence(Map.copyOf(demonyms), Map.of());
        for (Named n : names) {
            n.best = best(n, none, null);
        }
        // Pass 2: with the other names' answers as evidence.
        final Evidence all = evidence(names, demonyms, null);
        for (Named n : names) {
            n.best = best(n, all, n);
        }

        final List<Place> places = new ArrayList<>(names.size());
        final Map<String, Double> countryWeight = new HashMap<>(demonyms);
        for (Named n : names) {
            if (n.best < 0) {
                places.add(Place.unresolved(n.entity.name(), n.entity.mentions()));
                continue;
            }
            final GazetteerEntry e = gazetteer.entry(n.best);
            places.add(toPlace(n.entity, e));
            if (!e.countryCode().isEmpty()) {
                countryWeight.merge(e.countryCode(), prominence(n.entity), Double::sum);
            }
        }
        final List<String> countries = countryWeight.entrySet().stream()
                .filter(x -> x.getValue() >= 1.0)
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
        return new GeoTags(places, countries);
    }

    private Place toPlace(final Entity entity, final GazetteerEntry e) {
        final String admin1 = switch (e.kind()) {
            case GazetteerEntry.COUNTRY, GazetteerEntry.REGION -> null;
            default -> e.isFirstLevelDivision() ? e.name() : gazetteer.admin1Name(e.admin1Key());
        };
        return new Place(entity.name(), entity.mentions(),
                e.geonameId() == 0 ? null : e.geonameId(),
                e.countryCode().isEmpty() ? null : e.countryCode(),
                admin1,
                e.lat(), e.lon(),
                e.featureClass(),
                e.population() == 0 ? null : e.population());
    }

    /** A title mention counts double: the title says what the article is about. */
    private static double prominence(final Entity entity) {
        double w = 0;
        for (Mention m : entity.mentions()) {
            w += Mention.TITLE.equals(m.field()) ? 2 : 1;
        }
        return w;
    }

    private int best(final Named n, final Evidence evidence, final Named self) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        final Evidence own = self == null ? evidence : evidence.without(self, gazetteer);
        for (int c : n.candidates) {
            final double s = score(gazetteer.entry(c), n, own);
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return best;
    }

    private double score(final GazetteerEntry e, final Named n, final Evidence evidence) {
        double s = prior(e);
        s += COUNTRY_EVIDENCE * evidence.countryShare(e.countryCode());
        if (e.kind() != GazetteerEntry.COUNTRY) {
            s += ADMIN1_EVIDENCE * evidence.admin1Share(e.admin1Key());
        }
        for (String q : n.qualifiers) {
            if (qualifies(e, q)) {
                s += QUALIFIER_MATCH;
                break;
            }
        }
        return s;
    }

    static double prior(final GazetteerEntry e) {
        return switch (e.kind()) {
            case GazetteerEntry.COUNTRY -> COUNTRY_PRIOR;
            case GazetteerEntry.REGION -> REGION_PRIOR;
            case GazetteerEntry.DIVISION -> e.isFirstLevelDivision() ? ADMIN1_PRIOR : ADMIN2_PRIOR;
            default -> 1.5 * Math.log10(e.population() + 10.0) + switch (e.featureCode()) {
                case "PPLC" -> 1.5;
                case "PPLA" -> 0.7;
                case "PPLA2" -> 0.3;
                default -> 0;
            };
        };
    }

    /** True when the words after the name ("Texas", "Tex.", "Libya") name the place's state or country. */
    private boolean qualifies(final GazetteerEntry e, final String qualifier) {
        final String key = PlaceNames.normalize(qualifier);
        final String admin1Key = e.admin1Key();
        if (admin1Key != null) {
            if (admin1Key.equals(gazetteer.admin1ByAbbreviation(qualifier))) {
                return true;
            }
            final String admin1Name = gazetteer.admin1Name(admin1Key);
            if (admin1Name != null && PlaceNames.normalize(admin1Name).equals(key)) {
                return true;
            }
        }
        if (e.kind() != GazetteerEntry.COUNTRY && !e.countryCode().isEmpty()) {
            for (int c : gazetteer.lookupKey(key)) {
                final GazetteerEntry q = gazetteer.entry(c);
                if (q.kind() == GazetteerEntry.COUNTRY && q.countryCode().equals(e.countryCode())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The capitalized words right after each mention, following a comma: "Paris, Texas" gives "Texas". */
    private static List<String> qualifiers(final Entity entity, final String title, final String body) {
        final List<String> out = new ArrayList<>(1);
        for (Mention m : entity.mentions()) {
            final String text = Mention.TITLE.equals(m.field()) ? title : body;
            if (m.end() >= text.length()) {
                continue;
            }
            final Matcher matcher = QUALIFIER.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 60));
            if (matcher.lookingAt()) {
                final String q = matcher.group(1);
                // Longest first: "New South Wales" before "New"; each shorter prefix is tried too.
                final String[] words = q.split("\\s+");
                for (int len = words.length; len >= 1; len--) {
                    final String prefix = String.join(" ", java.util.Arrays.copyOf(words, len));
                    if (!out.contains(prefix)) {
                        out.add(prefix);
                    }
                }
            }
        }
        return out;
    }

    private Map<String, Double> demonymEvidence(final String title, final String body) {
        final Map<String, Double> out = new HashMap<>();
        for (String text : new String[] {title, body}) {
            final Matcher m = CAPITALIZED_WORD.matcher(text);
            while (m.find()) {
                final String cc = gazetteer.countryOfDemonym(m.group());
                if (cc != null) {
                    out.merge(cc, DEMONYM_WEIGHT, Double::sum);
                }
            }
        }
        return out;
    }

    private Evidence evidence(final List<Named> names, final Map<String, Double> demonyms, final Named skip) {
        final Map<String, Double> countries = new HashMap<>(demonyms);
        final Map<String, Double> admin1 = new HashMap<>();
        for (Named n : names) {
            if (n == skip || n.best < 0) {
                continue;
            }
            final GazetteerEntry e = gazetteer.entry(n.best);
            final double w = n.entity.mentions().size();
            n.weight = w;
            if (!e.countryCode().isEmpty()) {
                countries.merge(e.countryCode(), w, Double::sum);
            }
            if (e.kind() != GazetteerEntry.COUNTRY && e.admin1Key() != null) {
                admin1.merge(e.admin1Key(), w, Double::sum);
            }
        }
        return new Evidence(countries, admin1);
    }

    /** A place name of the article with its candidates, the words qualifying it, and its current answer. */
    private static final class Named {
        final Entity entity;
        final int[] candidates;
        final List<String> qualifiers;
        int best = -1;
        double weight;

        Named(final Entity entity, final int[] candidates, final List<String> qualifiers) {
            this.entity = entity;
            this.candidates = candidates;
            this.qualifiers = qualifiers;
        }
    }

    /** Weights of the countries and states an article speaks of. */
    private record Evidence(Map<String, Double> countries, Map<String, Double> admin1) {

        double countryShare(final String cc) {
            return share(countries, cc);
        }

        double admin1Share(final String key) {
            return key == null ? 0 : share(admin1, key);
        }

        private static double share(final Map<String, Double> weights, final String key) {
            final Double w = weights.get(key);
            if (w == null || w <= 0) {
                return 0;
            }
            double max = 0;
            for (double v : weights.values()) {
                max = Math.max(max, v);
            }
            return w / max;
        }

        /** This evidence less what one name contributed itself, so that a name does not vote for itself. */
        Evidence without(final Named n, final Gazetteer gazetteer) {
            if (n.best < 0 || n.weight == 0) {
                return this;
            }
            final GazetteerEntry e = gazetteer.entry(n.best);
            final Map<String, Double> c = new HashMap<>(countries);
            final Map<String, Double> a = new HashMap<>(admin1);
            if (!e.countryCode().isEmpty()) {
                c.merge(e.countryCode(), -n.weight, Double::sum);
            }
            if (e.kind() != GazetteerEntry.COUNTRY && e.admin1Key() != null) {
                a.merge(e.admin1Key(), -n.weight, Double::sum);
            }
            return new Evidence(c, a);
        }
    }
}
