package io.newsflow.tagger.tracks;

/**
 * One sentence of an article's title or body, as the classifier scores it: where it stands in its
 * field, its tokens, its multiplier (title and lede count more), how its cues stand (quotations,
 * names) and the domain contexts it holds hints of.
 */
final class Sentence {

    final String field;
    final String text;
    final int start;
    final int end;
    final Tokens tokens;
    final int tokenFrom;
    final int tokenTo;
    final double multiplier;
    final CueSetting setting;
    /** A headline in title case, where capitals do not mark names. */
    final boolean titleCase;
    /** Bit set of the domain contexts this sentence has hints of; set once, before scoring. */
    int contexts;

    Sentence(final String field, final boolean headline, final String text, final int start, final int end,
            final Tokens tokens, final int tokenFrom, final int tokenTo, final double multiplier,
            final CueSetting setting) {
        this.field = field;
        this.text = text;
        this.start = start;
        this.end = end;
        this.tokens = tokens;
        this.tokenFrom = tokenFrom;
        this.tokenTo = tokenTo;
        this.multiplier = multiplier;
        this.setting = setting;
        // only a headline is written in title case; a body sentence full of names is not
        this.titleCase = headline && setting.titleCase(tokenFrom, tokenTo);
    }
}
