package io.newsflow.tagger.geo;

import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.common.article.Place;
import io.newsflow.tagger.ner.EntityTags;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves place names to the gazetteer with the article as evidence. Each name's candidates are scored
 * by a prior (place type, population, capital) plus what the rest of the article says: a qualifier right
 * after the name ("Paris, Texas", "Sirte, Libya"), demonyms ("Libyan"), the countries and states the
 * other names probably are in, and how near a candidate lies to the other names' likely towns. The
 * other names' evidence is refined over a few rounds, each name voting with the likelihood of its
 * candidates (a softmax of their scores), never for itself. Places the tagger missed are added first
 * by {@link MentionFinder}. The article's countries are weighted by mentions (title mentions double,
 * demonyms half).
 */
public final class GazetteerPlaceResolver implements PlaceResolver {

    private static final Pattern QUALIFIER = Pattern.compile(
            "^\\s*,\\s*((?:[A-Z][\\p{L}'’.-]*\\.?)(?:\\s+[A-Z][\\p{L}'’.-]*\\.?){0,3})");
    private static final Pattern CAPITALIZED_WORD = Pattern.compile("\\b\\p{Lu}[\\p{L}-]+\\b");
    private static final double COUNTRY_PRIOR = 12;
    private static final double REGION_PRIOR = 11;
    private static final double ADMIN1_PRIOR_MIN = 8.5;
    private static final double ADMIN1_PRIOR_MAX = 11.5;
    private static final Pattern DIVISION_WORD = Pattern.compile(
            "\\b(County|Parish|Borough|District|Province|Region|Prefecture|Municipality|Governorate|Oblast|Department)\\b");
    private static final double ADMIN2_PRIOR = 8;
    private static final double COUNTRY_EVIDENCE = 6;
    private static final double ADMIN1_EVIDENCE = 5;
    private static final double QUALIFIER_MATCH = 10;
    /** Distinct qualifiers read per name: enough for any article, bounded for a flood of mentions. */
    private static final int MAX_QUALIFIERS = 16;
    private static final int QUALIFIED_BY_DIVISION = 2;
    private static final int QUALIFIED_BY_COUNTRY = 1;
    private static final double QUALIFYING_DIVISION = 4;
    private static final double PROXIMITY = 6;
    private static final double NEAR_KM = 300;
    private static final int LEADING = 12;
    private static final int ROUNDS = 3;
    private static final double PPLA_BONUS = 1.0;
    private static final Pattern AFTER_TOWN_AND_COMMA = Pattern.compile("\\p{L}[\\p{L}.]*,\\s*$");
    private static final double DEMONYM_WEIGHT = 0.5;

    private final Gazetteer gazetteer;
    private final MentionFinder mentionFinder;
    private final GeoOptions options;

    public GazetteerPlaceResolver(final Gazetteer gazetteer) {
        this(gazetteer, GeoOptions.DEFAULT);
    }

    public GazetteerPlaceResolver(final Gazetteer gazetteer, final GeoOptions options) {
        this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
        this.options = Objects.requireNonNull(options, "options");
        this.mentionFinder = new MentionFinder(gazetteer, options);
    }

    /** A resolver over the process-wide gazetteer. */
    public static GazetteerPlaceResolver shared() {
        return new GazetteerPlaceResolver(Gazetteer.shared());
    }

    /** A resolver over the process-wide gazetteer with these options. */
    public static GazetteerPlaceResolver shared(final GeoOptions options) {
        return new GazetteerPlaceResolver(Gazetteer.shared(), options);
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
        final double demonymMax = Named.maxExcluding(Named.sorted(demonyms), null);
        // A demonym tagged as a place ("Russians") resolves to its country; none is added here.
        for (Entity e : mentionFinder.places(safeTitle, safeBody, entities)) {
            final int[] known = gazetteer.lookup(e.name());
            final int[] candidates = known.length > 0 ? known : NameVariants.lookup(gazetteer, e.name());
            final Named n = new Named(names.size(), e, candidates);
            n.cues = StrongReadings.cues(e, safeTitle, safeBody);
            final List<String> qualifiers = qualifiers(e, safeTitle, safeBody);
            final boolean qualifying = qualifiesAnother(e, safeTitle, safeBody);
            for (int i = 0; i < candidates.length; i++) {
                final GazetteerEntry c = gazetteer.entry(candidates[i]);
                double base = prior(c);
                n.prior[i] = base;
                for (String q : qualifiers) {
                    final int level = qualification(c, q);
                    if (level > 0) {
                        base += QUALIFIER_MATCH;
                        n.qualified[i] = level == QUALIFIED_BY_DIVISION;
                        break;
                    }
                }
                if (qualifying && (c.kind() == GazetteerEntry.COUNTRY || c.isFirstLevelDivision())) {
                    base += QUALIFYING_DIVISION;
                }
                n.base[i] = base;
                n.score[i] = base + COUNTRY_EVIDENCE * Named.share(demonyms, c.countryCode(), null, demonymMax);
            }
            names.add(n);
        }

        // Each name votes for the countries and states of its candidates, in proportion to how likely
        // each candidate is; a candidate then gains from the votes of the other names.
        for (int round = 0; round < ROUNDS; round++) {
            final Map<String, Double> countryVotes = new HashMap<>(demonyms);
            final Map<String, Double> admin1Votes = new HashMap<>();
            for (Named n : names) {
                n.vote(gazetteer);
                n.countryVotes.forEach((k, v) -> countryVotes.merge(k, v, Double::sum));
                n.admin1Votes.forEach((k, v) -> admin1Votes.merge(k, v, Double::sum));
            }
            final NearbyPoints points = likelyPoints(names);
            double totalWeight = 0;
            for (Named m : names) {
                totalWeight += m.top.length > 0 ? m.weight : 0;
            }
            final List<Map.Entry<String, Double>> countriesSorted = Named.sorted(countryVotes);
            final List<Map.Entry<String, Double>> admin1Sorted = Named.sorted(admin1Votes);
            for (Named n : names) {
                final double[] near = nearness(n, points, totalWeight);
                n.near = near;
                final double countryMax = Named.maxExcluding(countriesSorted, n.countryVotes);
                final double admin1Max = Named.maxExcluding(admin1Sorted, n.admin1Votes);
                for (int i = 0; i < n.candidates.length; i++) {
                    final GazetteerEntry c = gazetteer.entry(n.candidates[i]);
                    double s = n.base[i]
                            + COUNTRY_EVIDENCE * Named.share(countryVotes, c.countryCode(), n.countryVotes, countryMax);
                    if (c.kind() != GazetteerEntry.COUNTRY) {
                        s += ADMIN1_EVIDENCE * Named.share(admin1Votes, c.admin1Key(), n.admin1Votes, admin1Max);
                    }
                    n.next[i] = s + PROXIMITY * near[i];
                }
            }
            for (Named n : names) {
                System.arraycopy(n.next, 0, n.score, 0, n.score.length);
            }
        }

        final List<Place> places = new ArrayList<>(names.size());
        final Map<String, Double> countryWeight = new HashMap<>(demonyms);
        final int[] chosen = new int[names.size()];
        int focus = -1;
        double focusWeight = 0;
        for (int k = 0; k < names.size(); k++) {
            final Named n = names.get(k);
            final int c = StrongReadings.choose(gazetteer, n.candidates, n.prior, n.score, n.qualified, n.near,
                    n.best(), n.cues);
            chosen[k] = c < 0 ? -1 : n.candidates[c];
            if (chosen[k] >= 0 && isPoint(gazetteer.entry(chosen[k])) && prominence(n.entity) > focusWeight) {
                focus = chosen[k];
                focusWeight = prominence(n.entity);
            }
        }
        for (int k = 0; k < names.size(); k++) {
            final Named n = names.get(k);
            final int best = chosen[k];
            if (best < 0) {
                places.add(focus < 0 || !options.placeAtFocus()
                        ? Place.unresolved(n.entity.name(), n.entity.mentions())
                        : atFocus(n.entity, gazetteer.entry(focus)));
                continue;
            }
            final GazetteerEntry e = gazetteer.entry(best);
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
        return new GeoTags(mergeSamePlace(places), countries);
    }

    /**
     * One place once: names that resolve to the same GeoNames entry ("U.S." and "US") become one place
     * with all their mentions, named by the name mentioned most often.
     */
    static List<Place> mergeSamePlace(final List<Place> places) {
        final Map<Long, List<Place>> byId = new LinkedHashMap<>();
        final List<Object> order = new ArrayList<>();
        for (Place p : places) {
            if (p.geonameId() == null) {
                order.add(p);
            } else {
                final List<Place> same = byId.computeIfAbsent(p.geonameId(), id -> new ArrayList<>());
                if (same.isEmpty()) {
                    order.add(p.geonameId());
                }
                same.add(p);
            }
        }
        if (byId.values().stream().allMatch(l -> l.size() == 1)) {
            return places;
        }
        final List<Place> merged = new ArrayList<>(order.size());
        for (Object o : order) {
            if (o instanceof Place p) {
                merged.add(p);
                continue;
            }
            final List<Place> same = byId.get((Long) o);
            if (same.size() == 1) {
                merged.add(same.get(0));
                continue;
            }
            final Place named = same.stream()
                    .max(Comparator.comparingInt((Place p) -> p.mentions().size()))
                    .orElseThrow();
            final List<Mention> mentions = same.stream().flatMap(p -> p.mentions().stream())
                    .sorted(Comparator.comparing((Mention m) -> Mention.BODY.equals(m.field()))
                            .thenComparingInt(Mention::start))
                    .toList();
            merged.add(new Place(named.name(), mentions, named.geonameId(), named.countryCode(), named.admin1(),
                    named.lat(), named.lon(), named.featureClass(), named.population()));
        }
        return merged;
    }

    /**
     * For each of the name's leading candidates, how near it lies to where the other names probably are:
     * the other names' likely towns within {@link #NEAR_KM}, weighted by likelihood and by nearness.
     */
    private double[] nearness(final Named n, final NearbyPoints points, final double totalWeight) {
        final double[] near = new double[n.candidates.length];
        final double others = totalWeight - (n.top.length > 0 ? n.weight : 0);
        if (n.candidates.length < 2 || others <= 0) {
            return near;
        }
        for (int i : n.leading(LEADING)) {
            final GazetteerEntry c = gazetteer.entry(n.candidates[i]);
            if (isPoint(c)) {
                near[i] = Math.min(1, points.support(n.id, c.lat(), c.lon()) / others);
            }
        }
        return near;
    }

    /** The likely points of every name, weighted by the name's weight and the candidate's likelihood. */
    private NearbyPoints likelyPoints(final List<Named> names) {
        final NearbyPoints points = new NearbyPoints(NEAR_KM);
        for (Named m : names) {
            for (int j = 0; j < m.top.length; j++) {
                final GazetteerEntry o = gazetteer.entry(m.candidates[m.top[j]]);
                if (isPoint(o)) {
                    points.add(m.id, o.lat(), o.lon(), m.weight * m.topP[j]);
                }
            }
        }
        return points;
    }

    /** Towns and counties have a meaningful point; states, countries and regions are too large. */
    private static boolean isPoint(final GazetteerEntry e) {
        return e.kind() == GazetteerEntry.TOWN || (e.kind() == GazetteerEntry.DIVISION && !e.isFirstLevelDivision());
    }


    /**
     * A place the gazetteer lacks (a street, a creek, a hamlet), put at the article's focus, the town or
     * county it mentions most: without GeoNames id, feature class or population, as it is not that place.
     */
    private Place atFocus(final Entity entity, final GazetteerEntry focus) {
        return new Place(entity.name(), entity.mentions(), null,
                focus.countryCode().isEmpty() ? null : focus.countryCode(),
                gazetteer.admin1Name(focus.admin1Key()), focus.lat(), focus.lon(), null, null);
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

    static double prior(final GazetteerEntry e) {
        final double byPopulation = 1.5 * Math.log10(e.population() + 10.0);
        return switch (e.kind()) {
            case GazetteerEntry.COUNTRY -> COUNTRY_PRIOR;
            case GazetteerEntry.REGION -> REGION_PRIOR;
            // A state's population is that of its towns: "New York" and "Quebec" are states before cities
            // unless the article says otherwise, but no state outweighs a country of the same name.
            // Divisions written down by hand (US states, Canadian provinces...) are the ones news names.
            case GazetteerEntry.DIVISION -> e.isFirstLevelDivision()
                    ? (e.geonameId() == 0 ? ADMIN1_PRIOR_MIN
                            : Math.min(ADMIN1_PRIOR_MAX, Math.max(ADMIN1_PRIOR_MIN, byPopulation + 0.5)))
                    : DIVISION_WORD.matcher(e.name()).find() ? ADMIN2_PRIOR : Math.min(ADMIN2_PRIOR, byPopulation - 1);
            default -> byPopulation + switch (e.featureCode()) {
                case "PPLC" -> 2.5;
                case "PPLA" -> PPLA_BONUS;
                case "PPLA2" -> 0.3;
                default -> 0;
            };
        };
    }

    /**
     * Whether the words after the name ("Texas", "Tex.", "Libya") name the place's state
     * ({@link #QUALIFIED_BY_DIVISION}) or country ({@link #QUALIFIED_BY_COUNTRY}), or neither (0).
     */
    private int qualification(final GazetteerEntry e, final String qualifier) {
        final String key = PlaceNames.normalize(qualifier);
        final String admin1Key = e.admin1Key();
        if (admin1Key != null) {
            if (admin1Key.equals(gazetteer.admin1ByAbbreviation(qualifier))) {
                return QUALIFIED_BY_DIVISION;
            }
            final String admin1Name = gazetteer.admin1Name(admin1Key);
            if (admin1Name != null && PlaceNames.normalize(admin1Name).equals(key)) {
                return QUALIFIED_BY_DIVISION;
            }
        }
        if (e.kind() != GazetteerEntry.COUNTRY && !e.countryCode().isEmpty()) {
            for (int c : gazetteer.lookupKey(key)) {
                final GazetteerEntry q = gazetteer.entry(c);
                if (q.kind() == GazetteerEntry.COUNTRY && q.countryCode().equals(e.countryCode())) {
                    return QUALIFIED_BY_COUNTRY;
                }
            }
        }
        return 0;
    }

    /** The capitalized words right after each mention, following a comma: "Paris, Texas" gives "Texas". */
    private static List<String> qualifiers(final Entity entity, final String title, final String body) {
        final Set<String> out = new LinkedHashSet<>();
        for (Mention m : entity.mentions()) {
            if (out.size() >= MAX_QUALIFIERS) {
                break;
            }
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
                    final String prefix = String.join(" ", Arrays.copyOf(words, len));
                    out.add(prefix);
                }
            }
        }
        return new ArrayList<>(out);
    }

    /** True when a mention follows "Town, ": then the name is likely the town's state or country. */
    private static boolean qualifiesAnother(final Entity entity, final String title, final String body) {
        for (Mention m : entity.mentions()) {
            final String text = Mention.TITLE.equals(m.field()) ? title : body;
            final int from = Math.max(0, m.start() - 40);
            if (m.start() <= text.length() && AFTER_TOWN_AND_COMMA.matcher(text.substring(from, m.start())).find()) {
                return true;
            }
        }
        return false;
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
}
