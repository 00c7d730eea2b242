package io.newsflow.common.article;

import java.util.List;

/** A sentence that supports a talk-track, where it stands, and the cue words in it that fired. */
public record TrackEvidence(String field, int start, int end, String sentence, List<String> cues) {

    public TrackEvidence {
        cues = cues == null ? List.of() : List.copyOf(cues);
    }
}
