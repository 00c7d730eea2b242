package io.newsflow.tagger.tracks;

import java.util.Map;

/**
 * Finds phrases that name a track of talks: "the economic track", "political and economic tracks",
 * "the security track". Such a phrase says the article is about that track even where it has little
 * other vocabulary of it, so it is a cue of its own; its adjective is then not counted again as a
 * generic cue. "track record" is not a track.
 */
final class TrackNames {

    /** Receives one named track: its index, the first token of the phrase and the track noun. */
    interface Sink {
        void accept(int track, int firstToken, int trackToken);
    }

    private static final Map<String, Integer> ADJECTIVES = Map.of(
            "military", 0,
            "security", 0,
            "political", 1,
            "economic", 2,
            "financial", 2);

    private TrackNames() {
    }

    static void find(final Tokens tokens, final int from, final int to, final Sink sink) {
        for (int i = from + 1; i < to; i++) {
            if (!"track".equals(tokens.stem(i)) || (i + 1 < to && "record".equals(tokens.stem(i + 1)))) {
                continue;
            }
            int k = i - 1;
            while (k >= from) {
                final String word = tokens.lower(k);
                final Integer track = ADJECTIVES.get(word);
                if (track != null) {
                    sink.accept(track, k, i);
                } else if (!"and".equals(word) && !"or".equals(word)) {
                    break;
                }
                k--;
            }
        }
    }
}
