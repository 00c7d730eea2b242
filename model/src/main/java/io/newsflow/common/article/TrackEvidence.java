package io.newsflow.common.article;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import java.util.List;

/** A sentence that supports a talk-track, where it stands, and the cue words in it that fired. */
@JsonClassDescription("A sentence that supports a talk-track: field (title or body), its start and end as Java "
        + "String indices (UTF-16 code units) into that field, the sentence (cut at 1,000 characters) "
        + "and the cue words that fired.")
public record TrackEvidence(String field, int start, int end, String sentence, List<String> cues) {

    public TrackEvidence {
        cues = cues == null ? List.of() : List.copyOf(cues);
    }
}
