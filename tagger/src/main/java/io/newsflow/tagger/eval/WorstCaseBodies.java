package io.newsflow.tagger.eval;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.function.BiConsumer;

/**
 * Article bodies written to be as costly as possible for the tagger, each filled up to a size in UTF-8
 * bytes: the inputs a producer can send that the average article never shows. The worst-case suite and
 * the {@code worst-case} command tag each of them; every tagging step must stay linear in them.
 */
public enum WorstCaseBodies {

    /** One sentence with five names, repeated: tens of thousands of mentions of the same entities. */
    ONE_SENTENCE_REPEATED((b, r) -> b.append("Stephanie Williams met Khalifa Haftar in Geneva, Tripoli and Sirte. ")),
    /** One name and no full stop: a single sentence of one repeated name. */
    ONE_NAME_NO_STOP((b, r) -> b.append("Geneva ")),
    /** Thousands of different capitalized names, so every correction sees a new entity. */
    ENTITY_FLOOD((b, r) -> b.append("Mr ").append(name(r)).append(' ').append(name(r)).append(" of ")
            .append(name(r)).append(" Corp met ").append(name(r)).append(" in ").append(name(r)).append(". ")),
    /** Capitalized words without punctuation: one sentence of name-like tokens, as long as the body. */
    CAPITALIZED_RUN((b, r) -> b.append(name(r)).append(' ')),
    /** The same, in capitals, which the truecaser reads. */
    ALL_CAPS((b, r) -> b.append(name(r).toUpperCase(Locale.ROOT)).append(r.nextInt(12) == 0 ? ". " : " ")),
    /** Acronyms in brackets after names, which the name joiner expands. */
    ACRONYMS((b, r) -> {
        final String a = name(r);
        final String c = name(r);
        b.append(a).append(' ').append(c).append(" (").append(a.charAt(0)).append(c.charAt(0)).append("U) ");
    }),
    /** One token as long as the body, without a space. */
    LONG_TOKEN((b, r) -> b.append((char) ('a' + r.nextInt(26)))),
    /** Names glued together without a space. */
    NAMES_WITHOUT_SPACES((b, r) -> b.append("GenevaTripoliHaftar")),
    /** Markup without spaces, as a scraper might pass it on. */
    MARKUP_FLOOD((b, r) -> b.append("<div><span class=\"x\">Geneva</span><br/></div>")),
    /** An HTML entity reference repeated without spaces. */
    ENTITY_REFERENCE_FLOOD((b, r) -> b.append("&amp;")),
    /** Entity references separated by spaces. */
    ENTITY_REFERENCES_SPACED((b, r) -> b.append("&amp; &#x41; &lt;b&gt; ")),
    /** Line breaks alone. */
    NEWLINE_FLOOD((b, r) -> b.append('\n')),
    /** A name on every line: a sentence per line. */
    NAME_PER_LINE((b, r) -> b.append("Geneva\n")),
    /** Punctuation without spaces. */
    PUNCTUATION_RUN((b, r) -> {
        final String marks = "!?.,;:-'\"()[]";
        b.append(marks.charAt(r.nextInt(marks.length())));
    }),
    /** Full stops and spaces: a sentence per character. */
    STOPS_SPACED((b, r) -> b.append(". ")),
    /** Latin, Cyrillic, Arabic, Han, Devanagari and emoji mixed, in words. */
    MIXED_SCRIPTS((b, r) -> {
        final String[] words = {"Genève", "Женева", "جنيف", "日内瓦", "जिनेवा", "Γενεύη", "\uD83D\uDE00", "Ömer"};
        b.append(words[r.nextInt(words.length)]).append(r.nextBoolean() ? " " : "");
    }),
    /** Control and invisible characters between letters. */
    CONTROL_CHARACTERS((b, r) -> {
        final char[] odd = {'\u0000', '\u0001', '\u0007', '\u001B', '\u007F', '\u200B', '\u200E', '\uFEFF', '\t', '\r'};
        b.append(odd[r.nextInt(odd.length)]).append((char) ('A' + r.nextInt(26)));
    }),
    /** Digits and numbers, the tokens of a results table. */
    RESULTS_TABLE((b, r) -> b.append(name(r)).append(' ').append(r.nextInt(5)).append(' ').append(name(r))
            .append(' ').append(r.nextInt(5)).append('\n'));

    private final BiConsumer<StringBuilder, Random> piece;

    WorstCaseBodies(final BiConsumer<StringBuilder, Random> piece) {
        this.piece = piece;
    }

    /** A body of at most {@code maxBytes} UTF-8 bytes, the same for the same seed. */
    public String body(final int maxBytes, final long seed) {
        final Random random = new Random(seed);
        final StringBuilder b = new StringBuilder();
        int bytes = 0;
        while (true) {
            final int mark = b.length();
            piece.accept(b, random);
            final int added = b.substring(mark).getBytes(StandardCharsets.UTF_8).length;
            if (bytes + added > maxBytes) {
                b.setLength(mark);
                return b.toString();
            }
            bytes += added;
        }
    }

    /** A pronounceable capitalized word of 4-9 letters. */
    static String name(final Random random) {
        final String consonants = "bcdfghjklmnprstvz";
        final String vowels = "aeiou";
        final int length = 4 + random.nextInt(6);
        final StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            final String from = i % 2 == 0 ? consonants : vowels;
            b.append(from.charAt(random.nextInt(from.length())));
        }
        b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
        return b.toString();
    }
}
