package io.newsflow.tagger.stories;

/**
 * One article of the window as the state keeps it (the value under its id): its story, when it was
 * published, the earliest article it copies (null when none) with their similarity, its fingerprint,
 * against which later copies are checked, and what the story's view shows of it (title cut at
 * {@value #MAX_TITLE} characters, source, publication time as given).
 */
public record ArticleRecord(String id, String storyId, long time, String duplicateOf, Double similarity,
        Fingerprint fingerprint, String title, String source, String publishedAt) {

    static final int MAX_TITLE = 300;
}
