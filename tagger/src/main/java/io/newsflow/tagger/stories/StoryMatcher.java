package io.newsflow.tagger.stories;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the story an article is about among those of the window, without scanning them: candidates are
 * the stories listed under the article's {@value #QUERY_FEATURES} strongest features in the inverted index
 * (each feature lists its {@value #POSTINGS} most recent stories), and each candidate is scored by the
 * cosine of the article's vector with the story's centroid. A story about another country
 * ({@link Focus}) is never a match.
 */
final class StoryMatcher {

    static final int QUERY_FEATURES = 12;
    static final int POSTINGS = 32;

    /** The story found, and its similarity. */
    record Match(StoryRecord story, double similarity) {
    }

    private final StoryState state;

    StoryMatcher(final StoryState state) {
        this.state = state;
    }

    Match find(final ArticleFeatures features, final long time, final long windowMillis, final double threshold) {
        final Set<String> candidates = new LinkedHashSet<>();
        for (String feature : strongest(features.vector())) {
            candidates.addAll(state.postings(feature));
        }
        Match best = null;
        for (String id : candidates) {
            final StoryRecord story = state.story(id);
            if (story == null || time - story.lastSeen() > windowMillis || story.firstSeen() - time > windowMillis) {
                continue;
            }
            if (!Focus.compatible(features.countries(), story)) {
                continue;
            }
            final double similarity = cosine(features.vector(), story);
            if (similarity >= threshold && (best == null || similarity > best.similarity())) {
                best = new Match(story, similarity);
            }
        }
        return best;
    }

    /** Lists the story first under the article's strongest features, within what the story may index. */
    Set<String> index(final ArticleFeatures features, final String storyId, final Set<String> indexed) {
        final Set<String> now = new LinkedHashSet<>(indexed);
        for (String feature : strongest(features.vector())) {
            if (!now.contains(feature) && now.size() >= StoryIndex.MAX_INDEXED) {
                continue;
            }
            now.add(feature);
            final List<String> ids = new ArrayList<>(POSTINGS);
            ids.add(storyId);
            for (String id : state.postings(feature)) {
                if (ids.size() < POSTINGS && !id.equals(storyId)) {
                    ids.add(id);
                }
            }
            state.putPostings(feature, ids);
        }
        return now;
    }

    /** Takes a story out of the postings it is listed under. */
    void unindex(final StoryRecord story) {
        for (String feature : story.indexed()) {
            final List<String> ids = new ArrayList<>(state.postings(feature));
            if (ids.remove(story.id())) {
                state.putPostings(feature, ids);
            }
        }
    }

    private static List<String> strongest(final Map<String, Double> vector) {
        // The vector is ordered strongest first.
        final List<String> features = new ArrayList<>(QUERY_FEATURES);
        for (String feature : vector.keySet()) {
            if (features.size() >= QUERY_FEATURES) {
                break;
            }
            if (!feature.startsWith("t:")) {
                features.add(feature);
            }
        }
        return features;
    }

    private static double cosine(final Map<String, Double> vector, final StoryRecord story) {
        final double norm = story.norm();
        if (norm == 0) {
            return 0;
        }
        double dot = 0;
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            final Double weight = story.centroid().get(e.getKey());
            if (weight != null) {
                dot += weight * e.getValue();
            }
        }
        return dot / norm;
    }
}
