package io.newsflow.tagger.ner;

import java.util.ArrayList;
import java.util.List;

/** A typed run of tokens {@code [from, to)} in one sentence; type is PER, ORG or LOC. */
final class Span {

    static final String PER = "PER";
    static final String ORG = "ORG";
    static final String LOC = "LOC";

    final Sentence sentence;
    int from;
    int to;
    String type;
    String role;
    /** The entity this mention belongs to, when it is not the mention's own text. */
    String canonical;
    private String text;
    private int textFrom;
    private int textTo;

    Span(final Sentence sentence, final int from, final int to, final String type) {
        this.sentence = sentence;
        this.from = from;
        this.to = to;
        this.type = type;
    }

    /** Maximal runs of one CRF label. */
    static List<Span> chunks(final Sentence sentence) {
        final List<Span> out = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            final String type = type(NewsEntityTagger.label(sentence.tokens().get(i)));
            if (type == null) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < sentence.size() && type.equals(type(NewsEntityTagger.label(sentence.tokens().get(j))))) {
                j++;
            }
            out.add(new Span(sentence, i, j, type));
            i = j;
        }
        return out;
    }

    static String type(final String crfLabel) {
        if (crfLabel == null) {
            return null;
        }
        return switch (crfLabel) {
            case "PERSON" -> PER;
            case "ORGANIZATION" -> ORG;
            case "LOCATION" -> LOC;
            default -> null;
        };
    }

    int start() {
        return sentence.start(from);
    }

    int end() {
        return sentence.end(to - 1);
    }

    /** The text as written, whitespace runs made single spaces. */
    String text() {
        if (text == null || textFrom != from || textTo != to) {
            text = sentence.text(from, to);
            textFrom = from;
            textTo = to;
        }
        return text;
    }

    String field() {
        return sentence.field();
    }

    @Override
    public String toString() {
        return type + "[" + text() + "]";
    }
}
