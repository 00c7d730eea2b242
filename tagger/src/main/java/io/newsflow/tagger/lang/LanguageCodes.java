package io.newsflow.tagger.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a declared language tag into the ISO 639-1 code newsflow compares and stores: the primary
 * subtag of a BCP 47 tag, lower-cased ({@code fr-CA} and {@code FR} are {@code fr}); a three-letter ISO
 * 639-2/T code that has a two-letter one ({@code fra}, {@code eng}, {@code deu}) becomes that code.
 */
public final class LanguageCodes {

    /** The bibliographic ISO 639-2/B codes Java does not know, for the languages news is often in. */
    private static final Map<String, String> BIBLIOGRAPHIC = Map.of(
            "fre", "fr", "ger", "de", "dut", "nl", "chi", "zh", "per", "fa", "gre", "el", "cze", "cs");
    private static final Map<String, String> ALPHA3 = alpha3();

    private LanguageCodes() {
    }

    /** The ISO 639-1 code of a declared tag, or null when the tag is absent or blank. */
    public static String normalize(final String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        final String stripped = declared.strip().replace('_', '-');
        final int dash = stripped.indexOf('-');
        final String primary = (dash < 0 ? stripped : stripped.substring(0, dash)).toLowerCase(Locale.ROOT);
        if (primary.length() == 3) {
            return ALPHA3.getOrDefault(primary, BIBLIOGRAPHIC.getOrDefault(primary, primary));
        }
        return primary;
    }

    /** True for English: the one language newsflow's taggers read. */
    public static boolean isEnglish(final String code) {
        return "en".equals(code);
    }

    private static Map<String, String> alpha3() {
        final Map<String, String> codes = new HashMap<>();
        for (String two : Locale.getISOLanguages()) {
            try {
                codes.put(new Locale(two).getISO3Language(), two);
            } catch (java.util.MissingResourceException noThreeLetterCode) {
                // a code without a three-letter form: nothing to map
            }
        }
        return Map.copyOf(codes);
    }
}
