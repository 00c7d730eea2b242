package io.newsflow.tagger.lang;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.RemoveMinorityScriptsTextFilter;
import com.optimaize.langdetect.text.TextObjectFactory;
import com.optimaize.langdetect.text.TextObjectFactoryBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Detects the language of an article with the Optimaize language detector (character n-gram profiles
 * built from Wikipedia), among the languages of {@link #LANGUAGES} only: fewer candidates are faster
 * and leave fewer look-alikes to confuse. Thread-safe.
 *
 * <p>The cost is bounded whatever the article: the detector reads at most the first {@link #MAX_CHARS}
 * characters of the title and body together. A text with fewer than {@link #MIN_LETTERS} letters is
 * {@link Detection#UNKNOWN}: n-gram statistics are not to be trusted on a headline or a line of names,
 * and the detector's probability says nothing of it there. The same text always gets the same result.
 */
public final class LanguageDetector {

    /**
     * The languages told apart: the major languages of news in Latin, Cyrillic, Arabic, Hebrew, Greek,
     * Devanagari and East Asian scripts. A text in another language reads as its nearest neighbour here
     * or as none; either way it is not English unless it looks like English.
     */
    public static final List<String> LANGUAGES = List.of(
            "en", "fr", "es", "de", "it", "pt", "nl", "pl", "sv", "tr", "id",
            "ar", "fa", "he", "el", "ru", "uk", "hi", "zh", "ja", "ko");

    /**
     * How much of the text is read: the title and the first paragraphs say the language as well as the
     * whole, and the cost grows with the length (about 0.07 ms of CPU per 500 characters).
     */
    public static final int MAX_CHARS = 1_000;

    /**
     * Below this many letters the detector does not decide. On the first letters of English news
     * articles (1,700 of the public development sets) it named another language for 23 of 1,645 at 60
     * letters, 3 at 80, none from 100 on; a name-heavy line such as "Leaders meet in Paris. Angela Merkel
     * met Emmanuel Macron in Berlin" reads as Dutch. A Chinese, Japanese or Korean character counts as
     * {@value #CJK_WEIGHT} letters: it carries about as much as a short word.
     */
    public static final int MIN_LETTERS = 120;
    static final int CJK_WEIGHT = 3;

    private static final class Shared {
        static final LanguageDetector INSTANCE = load();
    }

    private final com.optimaize.langdetect.LanguageDetector detector;
    private final TextObjectFactory texts;

    private LanguageDetector(final com.optimaize.langdetect.LanguageDetector detector) {
        this.detector = detector;
        // Drops a script that makes up less than a third of the text (Latin names in an Arabic or Chinese
        // article). The detector's URL and e-mail filter is left out: its regular expressions cost as much
        // as the detection itself, and a URL in the first paragraphs of news is rare.
        this.texts = new TextObjectFactoryBuilder()
                .maxTextLength(MAX_CHARS)
                .withTextFilter(RemoveMinorityScriptsTextFilter.forThreshold(0.3))
                .build();
    }

    /** The detector every enricher of this process shares; its profiles are read on first use. */
    public static LanguageDetector shared() {
        return Shared.INSTANCE;
    }

    /** Reads the profiles of {@link #LANGUAGES} from the detector's jar (about half a second). */
    public static LanguageDetector load() {
        final List<String> profiles = LANGUAGES.stream()
                .flatMap(code -> "zh".equals(code) ? java.util.stream.Stream.of("zh-CN", "zh-TW")
                        : java.util.stream.Stream.of(code))
                .toList();
        try {
            final List<LanguageProfile> read = new LanguageProfileReader().read(profiles);
            return new LanguageDetector(LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(read)
                    .build());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the language profiles " + profiles, e);
        }
    }

    /** The language of an article: its title and the start of its body. */
    public Detection detect(final String title, final String body) {
        final StringBuilder text = new StringBuilder(Math.min(MAX_CHARS, length(title) + length(body) + 1));
        append(text, title);
        if (text.length() > 0 && text.length() < MAX_CHARS) {
            text.append('\n');
        }
        append(text, body);
        return detect(text);
    }

    /** The language of a text, of which at most {@link #MAX_CHARS} characters are read. */
    public Detection detect(final CharSequence text) {
        final CharSequence read = text.length() <= MAX_CHARS ? text : text.subSequence(0, MAX_CHARS);
        if (letters(read) < MIN_LETTERS) {
            return Detection.UNKNOWN;
        }
        final List<DetectedLanguage> found = detector.getProbabilities(texts.forText(read));
        if (found.isEmpty()) {
            return Detection.UNKNOWN;
        }
        // zh-CN and zh-TW are both Chinese: the script is not the language, so their probabilities add up.
        final Map<String, Double> byLanguage = new HashMap<>();
        for (DetectedLanguage language : found) {
            byLanguage.merge(language.getLocale().getLanguage().toLowerCase(Locale.ROOT), language.getProbability(),
                    Double::sum);
        }
        final Map.Entry<String, Double> best = Collections.max(byLanguage.entrySet(), Map.Entry.comparingByValue());
        return new Detection(best.getKey(), Math.min(1.0, best.getValue()));
    }

    private static void append(final StringBuilder text, final String part) {
        if (part != null && text.length() < MAX_CHARS) {
            text.append(part, 0, Math.min(part.length(), MAX_CHARS - text.length()));
        }
    }

    private static int length(final String s) {
        return s == null ? 0 : s.length();
    }

    private static boolean isCjk(final char c) {
        final Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static int letters(final CharSequence text) {
        int letters = 0;
        for (int i = 0; i < text.length() && letters < MIN_LETTERS; i++) {
            final char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters += isCjk(c) ? CJK_WEIGHT : 1;
            }
        }
        return letters;
    }
}
