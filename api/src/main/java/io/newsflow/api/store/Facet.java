package io.newsflow.api.store;

/** What an article is indexed and counted by; {@link #code()} is the first character of its keys. */
public enum Facet {
    PERSON('p'), ORG('o'), PLACE('l'), COUNTRY('c'), TRACK('k'), TALKS('a'), STORY('s'), WORD('w'),
    /** Every article, under the value "": the time index. */
    TIME('t');

    private final char code;

    Facet(final char code) {
        this.code = code;
    }

    public char code() {
        return code;
    }
}
