package io.newsflow.tagger.tracks;

/** Scores an article on the military, political and economic talk-tracks. Implementations are thread-safe. */
public interface TrackClassifier {

    TrackTags classify(String title, String body);
}
