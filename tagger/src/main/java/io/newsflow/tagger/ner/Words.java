package io.newsflow.tagger.ner;

/** What the corrections ask of a single word. */
final class Words {

    private Words() {
    }

    static boolean wordLike(final String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean lettersOrHyphens(final String w) {
        for (int i = 0; i < w.length(); i++) {
            final char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    static boolean isNumber(final String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) || w.startsWith(".") && w.length() > 1
                && Character.isDigit(w.charAt(1));
    }

    /** True if a capitalized word touches the run on either side: it is then part of a longer name. */
    static boolean extendsName(final Sentence s, final int from, final int to) {
        return from > 1 && capitalizedWord(s.word(from - 1)) || to < s.size() && capitalizedWord(s.word(to));
    }

    static boolean capitalizedWord(final String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }
}
