package io.newsflow.tagger.tracks;

import java.util.Map;

/**
 * A light, lemma-ish stemmer: folds the inflections that matter for cue matching (plural, past, -ing,
 * final e) so that "forces", "force" and "forced" meet at "forc". It is applied to the lexicon and to
 * the text alike, so its stems need only be consistent, not words. Derivations ("negotiator") are left
 * alone: the lexicons list those explicitly.
 */
final class Stemmer {

    /** Irregular forms that a cue lexicon is likely to need. */
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("fought", "fight"),
            Map.entry("shot", "shoot"),
            Map.entry("held", "hold"),
            Map.entry("met", "meet"),
            Map.entry("men", "man"),
            Map.entry("women", "woman"),
            Map.entry("spoke", "speak"),
            Map.entry("struck", "strike"),
            Map.entry("sold", "sell"),
            Map.entry("bought", "buy"),
            Map.entry("fell", "fall"),
            Map.entry("rose", "rise"),
            Map.entry("risen", "rise"),
            Map.entry("fallen", "fall"),
            Map.entry("chose", "choose"),
            Map.entry("chosen", "choose"),
            Map.entry("won", "win"),
            Map.entry("lost", "lose"),
            Map.entry("led", "lead"),
            Map.entry("withdrew", "withdraw"),
            Map.entry("withdrawn", "withdraw"));

    private Stemmer() {
    }

    /** Stems one lower-case word (letters and digits). */
    static String stem(final String lower) {
        final String irregular = IRREGULAR.get(lower);
        return strip(irregular == null ? lower : irregular);
    }

    private static String strip(final String word) {
        String w = word;
        int n = w.length();
        if (n <= 3) {
            return w;
        }
        // plural / third person
        if (w.endsWith("ies") && n > 4) {
            w = w.substring(0, n - 3) + "y";
        } else if (w.endsWith("sses")) {
            w = w.substring(0, n - 2);
        } else if (w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) {
            // "business", "status", "crisis" are not plurals
        } else if (w.endsWith("es") && n > 4 && isSibilantBefore(w, n - 2)) {
            w = w.substring(0, n - 2);
        } else if (w.endsWith("s") && n > 3) {
            w = w.substring(0, n - 1);
        }
        n = w.length();
        // past and participles
        if (w.endsWith("ied") && n > 4) {
            w = w.substring(0, n - 3) + "y";
        } else if (w.endsWith("eed")) {
            w = w.substring(0, n - 1);
        } else if (w.endsWith("ed") && n > 4) {
            w = undouble(w.substring(0, n - 2));
        } else if (w.endsWith("ing") && n > 5) {
            w = undouble(w.substring(0, n - 3));
        }
        n = w.length();
        if (n > 3 && w.charAt(n - 1) == 'e') {
            w = w.substring(0, n - 1);
        }
        return w;
    }

    private static boolean isSibilantBefore(final String w, final int esAt) {
        final char c = w.charAt(esAt - 1);
        if (c == 's' || c == 'x' || c == 'z') {
            return true;
        }
        if (c == 'h' && esAt >= 2) {
            final char b = w.charAt(esAt - 2);
            return b == 'c' || b == 's';
        }
        return false;
    }

    /** "planned" -> "plan", but "killed" keeps its "ll" and "pressed" its "ss". */
    private static String undouble(final String w) {
        final int n = w.length();
        if (n >= 4) { // "inn" (from "innings") must not become "in"
            final char last = w.charAt(n - 1);
            if (last == w.charAt(n - 2) && last != 'l' && last != 's' && last != 'z' && last != 'f'
                    && Character.isLetter(last) && "aeiou".indexOf(last) < 0) {
                return w.substring(0, n - 1);
            }
        }
        return w;
    }
}
