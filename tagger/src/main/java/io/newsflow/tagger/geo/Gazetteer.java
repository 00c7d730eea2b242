package io.newsflow.tagger.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GeoNames places (towns of 500+ people, divisions of every country, countries) and written-down regions,
 * islands, seas and historical states, with a name index, demonyms and the abbreviations used after a
 * town name. Immutable once loaded, so one instance serves every
 * thread; {@link #shared()} loads it once per process.
 */
public final class Gazetteer {

    public static final String RESOURCE = "gazetteer.tsv.gz";
    private static final Logger LOG = LoggerFactory.getLogger(Gazetteer.class);
    private static final int[] NONE = new int[0];

    private final List<GazetteerEntry> entries;
    private final Map<String, int[]> byName;
    private final Map<String, String> admin1Names;
    private final Map<String, String> abbreviationToAdmin1;
    private final Map<String, String> demonymToCountry;
    private final Map<String, Integer> countryByCode;
    private final Map<String, Integer> admin1ByKey;
    private final Map<String, String> capitals;

    private Gazetteer(final List<GazetteerEntry> entries, final Map<String, int[]> byName,
            final Map<String, String> admin1Names, final Map<String, String> abbreviationToAdmin1,
            final Map<String, String> demonymToCountry, final Map<String, String> capitals) {
        this.entries = entries;
        this.byName = byName;
        this.admin1Names = admin1Names;
        this.abbreviationToAdmin1 = abbreviationToAdmin1;
        this.demonymToCountry = demonymToCountry;
        this.capitals = capitals;
        this.countryByCode = new HashMap<>();
        this.admin1ByKey = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            final GazetteerEntry e = entries.get(i);
            if (e.kind() == GazetteerEntry.COUNTRY) {
                countryByCode.put(e.countryCode(), i);
            } else if (e.isFirstLevelDivision()) {
                admin1ByKey.putIfAbsent(e.admin1Key(), i);
            }
        }
    }

    /** The gazetteer shipped with newsflow, loaded on first use. */
    public static Gazetteer shared() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Gazetteer INSTANCE = loadResource();
    }

    static Gazetteer loadResource() {
        final long start = System.nanoTime();
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource missing: " + RESOURCE);
            }
            final Gazetteer g = read(new GZIPInputStream(in, 1 << 16));
            LOG.info("Gazetteer loaded: {} places, {} names in {} ms", g.size(), g.byName.size(),
                    (System.nanoTime() - start) / 1_000_000);
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer " + RESOURCE, e);
        }
    }

    /** Reads the TSV written by {@code tools/gazetteer/build.mjs}. */
    static Gazetteer read(final InputStream in) throws IOException {
        final List<GazetteerEntry> entries = new ArrayList<>(180_000);
        final Map<String, int[]> names = new HashMap<>(400_000);
        final Map<String, String> admin1Names = new HashMap<>();
        final Map<String, String> abbreviations = new HashMap<>();
        final Map<String, String> demonyms = new HashMap<>();
        final Map<String, String> capitals = new HashMap<>();
        final Map<String, String> interned = new HashMap<>();
        final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isEmpty()) {
                continue;
            }
            final String[] f = line.split("\t", -1);
            if (line.charAt(0) == '#') {
                switch (f[0]) {
                    case "#A1" -> admin1Names.put(f[1], f[2]);
                    case "#AB" -> {
                        for (String a : f[2].split("\\|")) {
                            abbreviations.put(PlaceNames.normalize(a), f[1]);
                        }
                    }
                    case "#D" -> demonyms.put(PlaceNames.normalize(f[1]), f[2]);
                    case "#CAP" -> capitals.put(f[1], f[2]);
                    default -> { }
                }
                continue;
            }
            final int index = entries.size();
            entries.add(new GazetteerEntry(
                    f[0].charAt(0),
                    f[1].isEmpty() ? 0 : Long.parseLong(f[1]),
                    f[2],
                    intern(interned, f[4]),
                    intern(interned, f[5]),
                    intern(interned, f[6]),
                    intern(interned, f[7]),
                    Double.parseDouble(f[8]),
                    Double.parseDouble(f[9]),
                    f[10].isEmpty() ? 0 : Long.parseLong(f[10])));
            index(names, f[2], index);
            if (!f[3].isEmpty()) {
                for (String alt : f[3].split("\\|")) {
                    index(names, alt, index);
                }
            }
        }
        return new Gazetteer(Collections.unmodifiableList(entries), names, admin1Names, abbreviations, demonyms,
                capitals);
    }

    private static String intern(final Map<String, String> pool, final String s) {
        return pool.computeIfAbsent(s, k -> k);
    }

    private static void index(final Map<String, int[]> names, final String name, final int index) {
        final String key = PlaceNames.normalize(name);
        if (key.isEmpty()) {
            return;
        }
        final int[] old = names.get(key);
        if (old == null) {
            names.put(key, new int[] {index});
            return;
        }
        for (int i : old) {
            if (i == index) {
                return;
            }
        }
        final int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = index;
        names.put(key, grown);
    }

    public int size() {
        return entries.size();
    }

    public GazetteerEntry entry(final int index) {
        return entries.get(index);
    }

    /** Indices of the places with this name (any spelling {@link PlaceNames#normalize} equates). */
    public int[] lookup(final String name) {
        return lookupKey(PlaceNames.normalize(name));
    }

    public int[] lookupKey(final String normalizedName) {
        return byName.getOrDefault(normalizedName, NONE);
    }

    /** The name of a first-level division, by key "US.TX", or null. */
    public String admin1Name(final String admin1Key) {
        return admin1Key == null ? null : admin1Names.get(admin1Key);
    }

    /** The division an abbreviation after a town name stands for ("Tex." and "TX" -> "US.TX"), or null. */
    public String admin1ByAbbreviation(final String text) {
        return abbreviationToAdmin1.get(PlaceNames.normalize(text));
    }

    /** The country a demonym or adjective names ("Libyan" -> "LY"), or null. */
    public String countryOfDemonym(final String word) {
        return demonymToCountry.get(PlaceNames.normalize(word));
    }

    public boolean isDemonymKey(final String normalizedWord) {
        return demonymToCountry.containsKey(normalizedWord);
    }

    /** Index of the country entry for an ISO code, or -1. */
    public int country(final String countryCode) {
        final Integer i = countryByCode.get(countryCode);
        return i == null ? -1 : i;
    }

    /** Index of a first-level division entry by key "US.TX", or -1. */
    public int admin1(final String admin1Key) {
        final Integer i = admin1Key == null ? null : admin1ByKey.get(admin1Key);
        return i == null ? -1 : i;
    }

    /** The capital's name for an ISO country code, or null. */
    public String capital(final String countryCode) {
        return capitals.get(countryCode);
    }
}
