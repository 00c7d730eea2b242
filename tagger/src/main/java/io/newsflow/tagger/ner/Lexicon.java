package io.newsflow.tagger.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The names newsflow knows for sure: countries, other well-known places, well-known organizations with
 * their acronyms, the titles that precede people's names, and frequent lower-case words. Immutable once
 * loaded; names are keyed by their text with single spaces, case-sensitive, plus a lower-case index for
 * ALL-CAPS text.
 */
final class Lexicon {

    private static final Logger LOG = LoggerFactory.getLogger(Lexicon.class);
    private static final String DIR = "/io/newsflow/tagger/ner/";

    private final Map<String, String> countries;
    private final Map<String, String> places;
    private final Map<String, String> organizations;
    private final Set<String> titles;
    private final Set<String> commonWords;
    /** Every known name by its lower-case text, with its casing: how an ALL-CAPS name is written. */
    private final Map<String, String> casing;
    private final int longestName;

    private Lexicon(final Map<String, String> countries, final Map<String, String> places,
            final Map<String, String> organizations, final Set<String> titles, final Set<String> commonWords) {
        this.countries = Map.copyOf(countries);
        this.places = Map.copyOf(places);
        this.organizations = Map.copyOf(organizations);
        this.titles = Set.copyOf(titles);
        this.commonWords = Set.copyOf(commonWords);
        final Map<String, String> cased = new HashMap<>();
        int longest = 1;
        for (Map<String, String> names : List.of(organizations, places, countries)) {
            for (String name : names.keySet()) {
                cased.put(name.toLowerCase(Locale.ROOT), name);
                longest = Math.max(longest, name.split(" ").length);
            }
        }
        this.casing = Map.copyOf(cased);
        this.longestName = longest;
    }

    /** The lexicons shipped with newsflow. */
    static Lexicon load() {
        final Lexicon lexicon = new Lexicon(names("countries.txt", true), names("places.txt", false),
                names("organizations.txt", true), new HashSet<>(lines("titles.txt")), words("common-words.txt"));
        LOG.info("event=lexicon_loaded countryNames={} placeNames={} organizationNames={} titles={} commonWords={}",
                lexicon.countries.size(), lexicon.places.size(), lexicon.organizations.size(), lexicon.titles.size(),
                lexicon.commonWords.size());
        return lexicon;
    }

    /** The country's canonical name if {@code text} names a country, else null. */
    String country(final String text) {
        return countries.get(text);
    }

    boolean isCountry(final String text) {
        return countries.containsKey(text);
    }

    /** True for countries and the other well-known places. */
    boolean isPlace(final String text) {
        return countries.containsKey(text) || places.containsKey(text);
    }

    /** The organization's canonical name if {@code text} is a known name or acronym of it, else null. */
    String organization(final String text) {
        return organizations.get(text);
    }

    boolean isTitle(final String text) {
        return titles.contains(text);
    }

    boolean isCommonWord(final String lowerCase) {
        return commonWords.contains(lowerCase);
    }

    /** How a known name is written, looked up by its lower-case text; null if unknown. */
    String casingOf(final String lowerCase) {
        return casing.get(lowerCase);
    }

    int longestName() {
        return longestName;
    }

    /** Names by their text; with {@code aliases} the first name of a line is the canonical one of the line. */
    private static Map<String, String> names(final String file, final boolean aliases) {
        final Map<String, String> out = new HashMap<>();
        for (String line : lines(file)) {
            final String[] names = line.split("\\|");
            for (String name : names) {
                out.putIfAbsent(name.trim(), aliases ? names[0].trim() : name.trim());
            }
        }
        return out;
    }

    private static Set<String> words(final String file) {
        final Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            for (String word : line.split("\\s+")) {
                out.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }

    private static List<String> lines(final String file) {
        final List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(DIR + file)) {
            if (in == null) {
                throw new IllegalStateException("lexicon missing from the classpath: " + DIR + file);
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                final String trimmed = line.trim();
                if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                    out.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + file, e);
        }
        return out;
    }
}
