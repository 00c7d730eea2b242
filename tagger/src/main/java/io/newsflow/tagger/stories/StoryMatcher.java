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

    /**
     * The story found and its similarity, and the next best story above the threshold (null when none):
     * an article that matches two stories bridges them ({@link StoryMerger}).
     */
    record Match(StoryRecord story, double similarity, StoryRecord other) {
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
        // Candidates are scored on their small centroid entries; only the best story is read whole.
        final StoryCentroid vector = StoryCentroid.ofVector(features.vector());
        String bestId = null;
        double bestSimilarity = 0;
        String secondId = null;
        double secondSimilarity = 0;
        for (String id : candidates) {
            final StoryCentroid story = state.centroid(id);
            if (story == null || time - story.lastSeen() > windowMillis || story.firstSeen() - time > windowMillis) {
                continue;
            }
            if (!Focus.compatible(features.countries(), story.countries())) {
                continue;
            }
            final double similarity = story.cosine(vector);
            if (similarity < threshold) {
                continue;
            }
            if (bestId == null || similarity > bestSimilarity) {
                secondId = bestId;
                secondSimilarity = bestSimilarity;
                bestId = id;
                bestSimilarity = similarity;
            } else if (secondId == null || similarity > secondSimilarity) {
                secondId = id;
                secondSimilarity = similarity;
            }
        }
        final StoryRecord best = bestId == null ? null : state.story(bestId);
        return best == null ? null : new Match(best, bestSimilarity, secondId == null ? null : state.story(secondId));
    }

    /** Lists the story first under the article's strongest features, within what the story may index. */
    Set<String> index(final ArticleFeatures features, final String storyId, final Set<String> indexed) {
        return indexUnder(strongest(features.vector()), storyId, indexed);
    }

    /** Lists the story first under these features, within what the story may index; returns what it indexes. */
    Set<String> indexUnder(final Iterable<String> features, final String storyId, final Set<String> indexed) {
        final Set<String> now = new LinkedHashSet<>(indexed);
        for (String feature : features) {
            if (!now.contains(feature) && now.size() >= StoryIndex.MAX_INDEXED) {
                continue;
            }
            now.add(feature);
            final List<String> listed = state.postings(feature);
            if (!listed.isEmpty() && listed.get(0).equals(storyId) && listed.size() <= POSTINGS) {
                // Already first: the list would be written again unchanged (a developing story, article after article).
                continue;
            }
            final List<String> ids = new ArrayList<>(POSTINGS);
            ids.add(storyId);
            for (String id : listed) {
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
}
