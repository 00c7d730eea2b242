package io.newsflow.tagger.geo;

import java.text.Normalizer;

/**
 * The key under which a place name is looked up: lower case, without diacritics or punctuation, with
 * the usual abbreviations spelled out, so that "St. Louis", "Saint-Louis" and "ST LOUIS" meet.
 */
public final class PlaceNames {

    private PlaceNames() {
    }

    public static String normalize(final String name) {
        if (name == null) {
            return "";
        }
        String s = name;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                s = Normalizer.normalize(s, Normalizer.Form.NFD);
                break;
            }
        }
        final int n = s.length();
        final StringBuilder out = new StringBuilder(n);
        boolean space = true;
        for (int i = 0; i < n; i++) {
            final char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                switch (c) {
                    case 'ı' -> out.append('i');
                    case 'ł', 'Ł' -> out.append('l');
                    case 'ø', 'Ø' -> out.append('o');
                    case 'đ', 'Đ' -> out.append('d');
                    case 'ß' -> out.append("ss");
                    default -> out.append(Character.toLowerCase(c));
                }
                space = false;
            } else if (isApostrophe(c)) {
                continue;
            } else if (c == '.' && i > 0 && i + 1 < n && Character.isLetter(s.charAt(i - 1))
                    && Character.isLetter(s.charAt(i + 1))) {
                // "U.S." and "D.C." become "us" and "dc" rather than two words
                continue;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        final int len = out.length();
        if (len > 0 && out.charAt(len - 1) == ' ') {
            out.setLength(len - 1);
        }
        String key = out.toString();
        if (key.startsWith("the ")) {
            key = key.substring(4);
        }
        return expandAbbreviations(key);
    }

    private static boolean isApostrophe(final char c) {
        return c == '\'' || c == '’' || c == '‘' || c == '`' || c == 'ʻ' || c == 'ʼ' || c == '´';
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
