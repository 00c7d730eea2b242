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
        final String ascii = normalizeAscii(name);
        return ascii != null ? ascii : normalizeUnicode(name);
    }

    /** The same result as {@link #normalizeUnicode} for plain ASCII names, an order of magnitude faster. */
    private static String normalizeAscii(final String name) {
        final int n = name.length();
        final StringBuilder out = new StringBuilder(n);
        boolean space = true;
        for (int i = 0; i < n; i++) {
            final char c = name.charAt(i);
            if (c >= 128) {
                return null;
            }
            if (Character.isLetterOrDigit(c)) {
                out.append(Character.toLowerCase(c));
                space = false;
            } else if (c == '\'' || c == '`') {
                continue;
            } else if (c == '.' && i > 0 && i + 1 < n && Character.isLetter(name.charAt(i - 1))
                    && Character.isLetter(name.charAt(i + 1))) {
                continue;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        String s = out.toString();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return expandAbbreviations(s);
    }

    private static String normalizeUnicode(final String name) {
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
        if (s.indexOf(' ') < 0) {
            return s;
        }
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
