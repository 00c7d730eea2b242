package io.newsflow.tagger.ner;

import edu.stanford.nlp.ling.CoreLabel;
import io.newsflow.tagger.limits.TaggingLimits;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a field: its tokens carry String offsets into the field's text. The words and whether
 * the sentence is in capitals are read once, as every correction asks for them.
 */
record Sentence(String field, String text, List<CoreLabel> tokens, String[] words, boolean allCaps) {

    /**
     * Splits a field into sentences, never across a line break: in news a line of its own is a headline,
     * a dateline or a caption, and the CRF must not read it as the start of the next sentence. A run of
     * non-space characters longer than {@link TaggingLimits#MAX_TOKEN_RUN_CHARS} is left out (it is no
     * name, and CoreNLP's lexer slows down more than linearly on it), and a sentence longer than
     * {@link TaggingLimits#MAX_SENTENCE_TOKENS} tokens is cut into pieces of that length.
     */
    static List<Sentence> split(final String field, final String text) {
        final List<Sentence> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        // One tokenizer per stretch of text rather than per line: a flood of short lines would
        // otherwise build a CoreNLP lexer for each of them.
        int segmentStart = 0;
        int run = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
                continue;
            }
            if (i - run > TaggingLimits.MAX_TOKEN_RUN_CHARS) {
                addSentences(out, field, text, segmentStart, run);
                segmentStart = i;
            }
            run = i + 1;
        }
        addSentences(out, field, text, segmentStart, text.length());
        return out;
    }

    /**
     * Tokenizes {@code text[from, to)} and adds its sentences, cut at every line break and into pieces of
     * at most the token limit.
     */
    private static void addSentences(final List<Sentence> out, final String field, final String text,
            final int from, final int to) {
        if (from >= to) {
            return;
        }
        final String segment = text.substring(from, to);
        for (List<CoreLabel> tokens : CrfEntityTagger.sentences(segment)) {
            int pieceStart = 0;
            for (int i = 0; i < tokens.size(); i++) {
                final CoreLabel token = tokens.get(i);
                token.setBeginPosition(token.beginPosition() + from);
                token.setEndPosition(token.endPosition() + from);
                final boolean newLine = i > 0 && newLineBetween(text, tokens.get(i - 1).endPosition(),
                        token.beginPosition());
                if (newLine || i - pieceStart == TaggingLimits.MAX_SENTENCE_TOKENS) {
                    add(out, field, text, tokens, pieceStart, i);
                    pieceStart = i;
                }
            }
            add(out, field, text, tokens, pieceStart, tokens.size());
        }
    }

    /** Whether a line break stands in {@code text[from, to)}, the gap between two tokens. */
    private static boolean newLineBetween(final String text, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    private static void add(final List<Sentence> out, final String field, final String text,
            final List<CoreLabel> tokens, final int from, final int to) {
        if (from < to) {
            final List<CoreLabel> piece = from == 0 && to == tokens.size() ? tokens
                    : new ArrayList<>(tokens.subList(from, to));
            final String[] words = words(piece);
            out.add(new Sentence(field, text, piece, words, Truecaser.isAllCaps(words)));
        }
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
