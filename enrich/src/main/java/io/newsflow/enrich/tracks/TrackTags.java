package io.newsflow.enrich.tracks;

import io.newsflow.common.article.TrackTag;
import java.util.List;

/**
 * The talk-tracks of one article, highest score first; the track it is mostly about (or null); and
 * whether it reports negotiations, talks, meetings or forums between parties.
 */
public record TrackTags(List<TrackTag> tracks, String primaryTrack, boolean talks) {

    public static final TrackTags NONE = new TrackTags(List.of(), null, false);

    public TrackTags {
        tracks = List.copyOf(tracks);
    }
}
