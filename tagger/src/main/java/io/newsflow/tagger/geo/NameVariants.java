package io.newsflow.tagger.geo;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Candidates for a place name the gazetteer does not know as written, from the name without the word
 * for its kind or its part: "Jackson Township" and "Kanawha River" are near "Jackson" and "Kanawha
 * County", "South Los Angeles" and "Port of Los Angeles" in Los Angeles, "Fars Province" is "Fars",
 * "Sarpy" is "Sarpy County". The article's evidence then picks among them as for any name. A bounded
 * number of look-ups per name.
 */
final class NameVariants {

    private static final List<String> KIND_SUFFIXES = List.of(
            " national park", " state park", " township", " twp", " city", " station", " park", " river", " creek",
            " lake", " valley", " island", " islands", " harbor", " harbour", " bay", " province", " state",
            " region", " district", " governorate", " oblast", " prefecture", " municipality", " village",
            " borough", " county", " parish", " metro", " area", " heights", " hills", " mountain", " mountains");
    private static final List<String> PART_PREFIXES = List.of(
            "lake ", "mount ", "river ", "port of ", "city of ", "town of ", "village of ", "greater ", "downtown ",
            "north ", "south ", "east ", "west ", "northern ", "southern ", "eastern ", "western ", "upper ", "lower ",
            "central ", "n ", "s ", "e ", "w ", "al ", "el ");
    private static final List<String> DIVISION_SUFFIXES = List.of(" county", " parish", " district", " province");
    private static final int MAX_LOOKUPS = 24;

    private NameVariants() {
    }

    /** The candidates of the first variant of {@code name} that the gazetteer knows, or none. */
    static int[] lookup(final Gazetteer gazetteer, final String name) {
        final String key = PlaceNames.normalize(name);
        if (key.isEmpty() || key.length() > 80) {
            return new int[0];
        }
        int lookups = 0;
        for (String variant : variants(key)) {
            if (lookups++ >= MAX_LOOKUPS) {
                break;
            }
            final int[] found = gazetteer.lookupKey(variant);
            if (found.length > 0) {
                return found;
            }
        }
        return new int[0];
    }

    /** Normalized variants, most faithful first. */
    static List<String> variants(final String key) {
        final Set<String> bases = new LinkedHashSet<>();
        final String bare = stripSuffix(stripPrefix(key));
        bases.add(stripSuffix(key));
        bases.add(stripPrefix(key));
        bases.add(bare);
        bases.remove(key);
        final List<String> out = new ArrayList<>();
        for (String b : bases) {
            if (b.length() >= 3) {
                out.add(b);
            }
        }
        for (String b : List.of(key, bare)) {
            if (b.length() >= 3 && !endsWithAny(b, DIVISION_SUFFIXES)) {
                for (String s : DIVISION_SUFFIXES) {
                    out.add(b + s);
                }
            }
        }
        return out;
    }

    private static String stripSuffix(final String key) {
        for (String s : KIND_SUFFIXES) {
            if (key.endsWith(s) && key.length() > s.length() + 2) {
                return key.substring(0, key.length() - s.length());
            }
        }
        return key;
    }

    private static String stripPrefix(final String key) {
        for (String p : PART_PREFIXES) {
            if (key.startsWith(p) && key.length() > p.length() + 2) {
                return key.substring(p.length());
            }
        }
        return key;
    }

    private static boolean endsWithAny(final String s, final List<String> suffixes) {
        for (String x : suffixes) {
            if (s.endsWith(x)) {
                return true;
            }
        }
        return false;
    }
}
