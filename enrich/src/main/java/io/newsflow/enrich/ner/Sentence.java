package io.newsflow.enrich.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a field: its tokens carry String offsets into the field's text. The words and whether
 * the sentence is in capitals are read once, as every correction asks for them.
 */
record Sentence(String field, String text, List<CoreLabel> tokens, String[] words, boolean allCaps) {

    /**
     * Splits a field into sentences, never across a line break: in news a line of its own is a headline,
     * a dateline or a caption, and the CRF must not read it as the start of the next sentence.
     */
    static List<Sentence> split(final String field, final String text) {
        final List<Sentence> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            final String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (List<CoreLabel> tokens : CrfEntityTagger.sentences(line)) {
                    for (CoreLabel token : tokens) {
                        token.setBeginPosition(token.beginPosition() + lineStart);
                        token.setEndPosition(token.endPosition() + lineStart);
                    }
                    final String[] words = words(tokens);
                    out.add(new Sentence(field, text, tokens, words, Truecaser.isAllCaps(words)));
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static String[] words(final List<CoreLabel> tokens) {
        final String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).originalText();
        }
        return words;
    }

    int start(final int token) {
        return tokens.get(token).beginPosition();
    }

    int end(final int token) {
        return tokens.get(token).endPosition();
    }

    String word(final int token) {
        return words[token];
    }

    int size() {
        return words.length;
    }

    /** The text of tokens {@code [from, to)} as written, each whitespace run made one space. */
    String text(final int from, final int to) {
        return singleSpaced(text.substring(start(from), end(to - 1)));
    }

    static String singleSpaced(final String s) {
        boolean plain = true;
        for (int i = 0; i < s.length() && plain; i++) {
            final char c = s.charAt(i);
            plain = c != '\n' && c != '\t' && c != '\r' && !(c == ' ' && i + 1 < s.length() && s.charAt(i + 1) == ' ');
        }
        return plain ? s : s.replaceAll("\\s+", " ");
    }
}
