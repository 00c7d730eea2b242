package io.newsflow.tagger.lang;

/**
 * The language an article is taken to be in and whether newsflow's English taggers may read it.
 *
 * @param language the ISO 639-1 code the enriched article carries
 * @param declared the producer's language, normalized; null when it gave none
 * @param detected what the detector found
 * @param skipped why the article is not tagged ({@code language:fr}, or {@code language:declared-fr}
 *     when the producer declared a language other than English for a text that reads as English);
 *     null when it is tagged
 */
public record LanguageDecision(String language, String declared, Detection detected, String skipped) {

    /** The prefix of every skip reason that comes from the article's language. */
    public static final String SKIPPED_PREFIX = "language:";

    /** True when the English taggers read the article. */
    public boolean tagged() {
        return skipped == null;
    }
}
