package io.newsflow.tagger.stories;

/**
 * One article of the window as the state keeps it (the value under its id): its story, when it was
 * published, the earliest article it copies (null when none) with their similarity, and its fingerprint,
 * against which later copies are checked.
 */
public record ArticleRecord(String id, String storyId, long time, String duplicateOf, Double similarity,
        Fingerprint fingerprint) {
}
