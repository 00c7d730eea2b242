package io.newsflow.tagger.ner;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Restores the case of ALL-CAPS sentences (headlines, tables) before the CRF reads them: the CRF leans
 * on capitalization and reads every capitalized word as a name. A word is written as the article itself
 * writes it elsewhere; failing that, as the lexicon writes a known name; a short word is kept as an
 * acronym; anything else is read in lower case.
 */
final class Truecaser {

    private final Lexicon lexicon;

    Truecaser(final Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** True if the sentence has a word of two or more letters and no lower-case letter at all. */
    static boolean isAllCaps(final Sentence sentence) {
        return sentence.allCaps();
    }

    static boolean isAllCaps(final String[] words) {
        boolean word = false;
        for (String w : words) {
            int letters = 0;
            for (int i = 0; i < w.length(); i++) {
                final char c = w.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
            word |= letters >= 2;
        }
        return word;
    }

    /**
     * True if most sentences are in mixed case: only then does the article tell how its words are
     * written. A table in capitals is left to the CRF, which reads capitals well enough there.
     */
    static boolean hasMixedCase(final List<Sentence> sentences) {
        int caps = 0;
        for (Sentence sentence : sentences) {
            if (isAllCaps(sentence)) {
                caps++;
            }
        }
        return caps * 2 < sentences.size();
    }

    /** How the article writes each word in its mixed-case sentences, away from a sentence start. */
    static Map<String, String> documentCasing(final List<Sentence> sentences) {
        final Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (Sentence sentence : sentences) {
            if (isAllCaps(sentence)) {
                continue;
            }
            for (int i = 1; i < sentence.size(); i++) {
                final String w = sentence.word(i);
                counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new HashMap<>()).merge(w, 1, Integer::sum);
            }
        }
        final Map<String, String> out = new HashMap<>();
        counts.forEach((lower, forms) -> out.put(lower,
                forms.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        return out;
    }

    /** The sentence's words with their case restored, one per token. */
    String[] truecase(final Sentence sentence, final Map<String, String> documentCasing) {
        final int n = sentence.size();
        final String[] out = new String[n];
        int i = 0;
        while (i < n) {
            final int known = knownName(sentence, i, out);
            if (known > 0) {
                i += known;
                continue;
            }
            out[i] = word(sentence.word(i), documentCasing);
            i++;
        }
        return out;
    }

    /** Writes the longest known multi-word name starting at {@code from}; returns its length in tokens. */
    private int knownName(final Sentence sentence, final int from, final String[] out) {
        for (int len = Math.min(lexicon.longestName(), sentence.size() - from); len >= 2; len--) {
            final String cased = lexicon.casingOf(sentence.text(from, from + len).toLowerCase(Locale.ROOT));
            if (cased != null) {
                final String[] words = cased.split(" ");
                if (words.length == len) {
                    System.arraycopy(words, 0, out, from, len);
                    return len;
                }
            }
        }
        return 0;
    }

    private String word(final String word, final Map<String, String> documentCasing) {
        final String lower = word.toLowerCase(Locale.ROOT);
        final String inDocument = documentCasing.get(lower);
        if (inDocument != null) {
            return inDocument;
        }
        final String known = lexicon.casingOf(lower);
        if (known != null) {
            return known;
        }
        if (lexicon.isCommonWord(lower)) {
            return lower;
        }
        if (word.length() <= 3 || word.indexOf('.') >= 0 || !hasLetter(word)) {
            return word;
        }
        // A word the article never writes in mixed case is rarely a name that matters to it: read it as
        // an ordinary word rather than let the CRF take a capitalized headline word for a name.
        return lower;
    }

    /** Upper case after the start and after a hyphen or apostrophe: "Al-Akhbar", "O'Neill". */
    static String capitalize(final String lower) {
        final StringBuilder b = new StringBuilder(lower.length());
        boolean upper = true;
        for (int i = 0; i < lower.length(); i++) {
            final char c = lower.charAt(i);
            b.append(upper ? Character.toUpperCase(c) : c);
            upper = c == '-' || c == '\'';
        }
        return b.toString();
    }

    private static boolean hasLetter(final String word) {
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLetter(word.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
