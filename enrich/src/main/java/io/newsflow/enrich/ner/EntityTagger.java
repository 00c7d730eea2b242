package io.newsflow.enrich.ner;

/**
 * Finds the people, organizations and places in an article. Implementations are thread-safe: one
 * instance serves every stream thread of the process.
 */
public interface EntityTagger {

    /** Tags the title and body; either may be empty, neither is null. */
    EntityTags tag(String title, String body);
}
