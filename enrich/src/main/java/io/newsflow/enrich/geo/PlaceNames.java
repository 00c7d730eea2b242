package io.newsflow.enrich.geo;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The key under which a place name is looked up: lower case, without diacritics or punctuation, with
 * the usual abbreviations spelled out, so that "St. Louis", "Saint-Louis" and "ST LOUIS" meet.
 */
public final class PlaceNames {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`ʻ]");
    private static final Pattern PERIOD_BETWEEN_LETTERS = Pattern.compile("(?<=\\p{L})\\.(?=\\p{L})");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{Nd}]+");

    private PlaceNames() {
    }

    public static String normalize(final String name) {
        if (name == null) {
            return "";
        }
        String s = Normalizer.normalize(name, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.replace('ı', 'i').replace('ł', 'l').replace('ø', 'o').replace('đ', 'd').replace("ß", "ss");
        s = APOSTROPHES.matcher(s).replaceAll("");
        // "U.S." and "D.C." become "us" and "dc" rather than two words.
        s = PERIOD_BETWEEN_LETTERS.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return expandAbbreviations(s);
    }

    private static String expandAbbreviations(final String s) {
        final String[] words = s.split(" ");
        final StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            // Only as the first word: "St" after a name is a street, "Mt" rarely appears elsewhere.
            if (i == 0 && words.length > 1) {
                w = switch (w) {
                    case "st", "ste" -> "saint";
                    case "ft" -> "fort";
                    case "mt" -> "mount";
                    case "pt" -> "point";
                    default -> w;
                };
            }
            if (i > 0) {
                out.append(' ');
            }
            out.append(w);
        }
        return out.toString();
    }
}
