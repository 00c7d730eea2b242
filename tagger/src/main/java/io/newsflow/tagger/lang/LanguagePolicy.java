package io.newsflow.tagger.lang;

import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides the language of an article and whether it is tagged: the detected language when the
 * detector is confident, else the declared one, else English. Only English is tagged: an article
 * declared or detected as another language is never read by the English taggers; it carries its
 * language and a skip reason instead. A declared language that a confident detection contradicts is
 * logged at WARN once per source ({@code event=language_mismatch}). Thread-safe.
 */
public final class LanguagePolicy {

    private static final Logger LOG = LoggerFactory.getLogger(LanguagePolicy.class);
    private static final String NO_SOURCE = "-";

    private final LanguageDetector detector;
    private final MismatchWarnings warnings;
    private final boolean tagEverything;

    public LanguagePolicy(final LanguageDetector detector) {
        this(detector, new MismatchWarnings(), false);
    }

    LanguagePolicy(final LanguageDetector detector, final MismatchWarnings warnings) {
        this(detector, warnings, false);
    }

    private LanguagePolicy(final LanguageDetector detector, final MismatchWarnings warnings,
            final boolean tagEverything) {
        this.detector = Objects.requireNonNull(detector, "detector");
        this.warnings = Objects.requireNonNull(warnings, "warnings");
        this.tagEverything = tagEverything;
    }

    /**
     * A policy that still runs the detector, so that its cost is counted, but tags every article as
     * English: for the worst-case measurements and tests, where a costly body that happens to read as
     * Indonesian must be tagged all the same to show what an English one like it would cost.
     */
    public static LanguagePolicy taggingEverything() {
        return new LanguagePolicy(LanguageDetector.shared(), new MismatchWarnings(), true);
    }

    /** The production policy, on the detector the process shares. */
    public static LanguagePolicy standard() {
        return new LanguagePolicy(LanguageDetector.shared());
    }

    /** The decision for one article; {@code source} and {@code id} only name it in the log. */
    public LanguageDecision decide(final String id, final String source, final String declaredTag,
            final String title, final String body) {
        final String declared = LanguageCodes.normalize(declaredTag);
        final Detection detected = detector.detect(title, body);
        if (tagEverything) {
            return new LanguageDecision("en", declared, detected, null);
        }
        final String language;
        if (detected.confident()) {
            language = detected.language();
            if (declared != null && !declared.equals(language)) {
                warnOnce(id, source, declaredTag, detected);
            }
        } else {
            language = declared != null ? declared : "en";
        }
        final String skipped;
        if (!LanguageCodes.isEnglish(language)) {
            skipped = LanguageDecision.SKIPPED_PREFIX + language;
        } else if (declared != null && !LanguageCodes.isEnglish(declared)) {
            // The producer said it is not English: its word is kept against an English-looking text.
            skipped = LanguageDecision.SKIPPED_PREFIX + "declared-" + declared;
        } else {
            skipped = null;
        }
        LOG.debug("event=language id={} declared={} detected={} confidence={} language={} skipped={}", id,
                declared, detected.language(), detected.confidence(), language, skipped);
        return new LanguageDecision(language, declared, detected, skipped);
    }

    private void warnOnce(final String id, final String source, final String declaredTag, final Detection detected) {
        final String named = source == null || source.isBlank() ? NO_SOURCE : source.strip();
        if (warnings.firstFor(named)) {
            LOG.warn("event=language_mismatch source=\"{}\" declared={} detected={} confidence={} id={}"
                    + " (logged once per source)", abbreviate(named), abbreviate(declaredTag.strip()),
                    detected.language(), String.format(java.util.Locale.ROOT, "%.3f", detected.confidence()), id);
        }
    }

    private static String abbreviate(final String s) {
        final String flat = s.replace('"', '\'').replace('\n', ' ');
        return flat.length() <= 80 ? flat : flat.substring(0, 80) + "...";
    }
}
