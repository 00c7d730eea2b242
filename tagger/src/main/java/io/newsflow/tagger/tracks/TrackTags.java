package io.newsflow.tagger.tracks;

import io.newsflow.common.article.TrackTag;
import java.util.List;

/**
 * The talk-tracks of one article: the primary track first (the one it is mostly about, also named in
 * {@code primaryTrack}; null when no track is carried), then the others, highest score first; and
 * whether it reports negotiations, talks, meetings or forums between parties. The primary track can
 * score lower than another track: the score says how much of a track the article holds, the primary
 * what the headline, the lede and most sentences are about.
 */
public record TrackTags(List<TrackTag> tracks, String primaryTrack, boolean talks) {

    public static final TrackTags NONE = new TrackTags(List.of(), null, false);

    public TrackTags {
        tracks = List.copyOf(tracks);
    }
}
