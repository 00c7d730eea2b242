package io.newsflow.enrich.ner;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/** One sentence of a field: its tokens carry String offsets into the field's text. */
record Sentence(String field, String text, List<CoreLabel> tokens) {

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
                    out.add(new Sentence(field, text, tokens));
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    int start(final int token) {
        return tokens.get(token).beginPosition();
    }

    int end(final int token) {
        return tokens.get(token).endPosition();
    }

    String word(final int token) {
        return tokens.get(token).originalText();
    }

    int size() {
        return tokens.size();
    }
}
