package io.newsflow.common.article;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import java.util.List;

/** One talk-track an article carries ({@code military}, {@code political} or {@code economic}). */
@JsonClassDescription("A talk-track the article carries (military, political or economic), its score and up to "
        + "three evidence sentences.")
public record TrackTag(String track, double score, List<TrackEvidence> evidence) {

    public static final String MILITARY = "military";
    public static final String POLITICAL = "political";
    public static final String ECONOMIC = "economic";
    public static final List<String> ALL = List.of(MILITARY, POLITICAL, ECONOMIC);

    public TrackTag {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
