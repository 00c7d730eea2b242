package io.newsflow.tagger.lang;

/**
 * What the detector made of a text: the ISO 639-1 code of the likeliest language and its probability,
 * or no language when the text was too short, had too few letters or read as no language it knows.
 * Only a {@link #confident()} detection overrides what the producer declared.
 */
public record Detection(String language, double confidence) {

    /**
     * The probability from which a detection counts. The detector averages seven random trials, so 0.8
     * lets one trial of seven disagree (a Chinese text that one trial reads as Japanese scores 0.857).
     */
    public static final double MIN_CONFIDENCE = 0.80;

    /** Nothing detected: too little text, or no language the detector knows. */
    public static final Detection UNKNOWN = new Detection(null, 0.0);

    /** True when a language was found with at least {@link #MIN_CONFIDENCE}. */
    public boolean confident() {
        return language != null && confidence >= MIN_CONFIDENCE;
    }
}
