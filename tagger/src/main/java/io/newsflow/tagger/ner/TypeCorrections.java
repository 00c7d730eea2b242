package io.newsflow.tagger.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Types the CRF gets wrong, set right from the lexicons and from words around the name. */
final class TypeCorrections {

    private final Lexicon lexicon;

    TypeCorrections(final Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void lexiconTypes(final ArticleSpans article) {
        for (Span span : article.spans()) {
            final String text = span.text();
            if (lexicon.isCountry(text)) {
                span.type = Span.LOC;
            } else if (lexicon.isPlace(text) && Span.PER.equals(span.type)) {
                span.type = Span.LOC;
            } else if (lexicon.organization(text) != null && !lexicon.isPlace(text)) {
                span.type = Span.ORG;
            }
        }
    }

    /**
     * In a line of a results table ("Cleveland 5 Texas 3") a place other than a country is a club; a
     * national side keeps its country's type, as news tagging conventions have it. A name that opens a
     * line of standings ("Lotte 46 6 54 .462") or stands in a bare score line is a team, whatever the
     * CRF took it for.
     */
    void results(final ArticleSpans article) {
        for (Span span : article.spans()) {
            if (Span.LOC.equals(span.type) && !lexicon.isCountry(span.text()) && isResultsLine(span.sentence)
                    && span.to < span.sentence.size() && Words.isNumber(span.sentence.word(span.to))) {
                span.type = Span.ORG;
            }
        }
        for (Sentence s : article.sentences()) {
            if (!isResultsLine(s)) {
                continue;
            }
            final List<int[]> teams = new ArrayList<>();
            if (isStandings(s)) {
                teams.add(new int[] {0, nameEnd(s, 0)});
            } else {
                final int firstEnd = nameEnd(s, 0);
                if (firstEnd > 0 && firstEnd + 1 < s.size() && Words.isNumber(s.word(firstEnd))) {
                    final int secondEnd = nameEnd(s, firstEnd + 1);
                    if (secondEnd > firstEnd + 1 && secondEnd + 1 == s.size() && Words.isNumber(s.word(secondEnd))) {
                        teams.add(new int[] {0, firstEnd});
                        teams.add(new int[] {firstEnd + 1, secondEnd});
                    }
                }
            }
            for (int[] team : teams) {
                if (team[1] <= team[0]) {
                    continue;
                }
                final String name = s.text().substring(s.start(team[0]), s.end(team[1] - 1));
                final String type = lexicon.isCountry(name) ? Span.LOC : Span.ORG;
                final Span existing = article.at(s, team[0]);
                if (existing != null && existing.from == team[0] && existing.to == team[1]) {
                    existing.type = type;
                } else if (existing == null && article.free(s, team[0], team[1])) {
                    article.add(new Span(s, team[0], team[1], type));
                }
            }
        }
    }

    /** A line of standings: a name, then three numbers or more. */
    private static boolean isStandings(final Sentence s) {
        final int end = nameEnd(s, 0);
        return end > 0 && end + 3 <= s.size() && isCount(s.word(end)) && isCount(s.word(end + 1))
                && isCount(s.word(end + 2)) && !(end == 1 && COMMON_IN_TABLES.contains(s.word(0)));
    }

    /** Words that open lines of figures in business tables, not teams. */
    private static final Set<String> COMMON_IN_TABLES = Set.of("Sales", "Net", "Current", "Total", "Revenue", "Profit");

    /** Games played, won, lost: whole numbers, unlike the figures of a business table. */
    private static boolean isCount(final String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return !w.isEmpty();
    }

    /** The end of the run of capitalized words from {@code from}; {@code from} if there is none. */
    private static int nameEnd(final Sentence s, final int from) {
        int end = from;
        while (end < s.size() && Words.capitalizedWord(s.word(end)) && end - from < 4) {
            end++;
        }
        return end;
    }

    private static boolean isResultsLine(final Sentence s) {
        int numbers = 0;
        int words = 0;
        for (int i = 0; i < s.size(); i++) {
            final String w = s.word(i);
            if (Words.isNumber(w)) {
                numbers++;
            } else if (Words.wordLike(w)) {
                words++;
            }
        }
        return numbers >= 2 && numbers * 2 >= words;
    }

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside");

    /**
     * "in Hutchinson": a lone word the CRF took for a person, right after a preposition of place, is a
     * place, unless the article names a person of that name in full.
     */
    static void placeCues(final ArticleSpans article) {
        for (Span span : article.spans()) {
            if (Span.PER.equals(span.type) && span.to - span.from == 1 && span.canonical == null && span.from > 0
                    && PLACE_PREPOSITIONS.contains(span.sentence.word(span.from - 1))
                    && !(span.to < span.sentence.size() && span.sentence.word(span.to).startsWith("'"))) {
                span.type = Span.LOC;
            }
        }
    }

    private static final Set<String> ORG_NOUNS = Set.of("newspaper", "newspapers", "daily", "weekly", "magazine",
            "shares", "stock", "stake", "shareholders");

    /**
     * "Comelf said it", "Zycie Warszawy daily", "shares of Magna": words that only an organization takes.
     * What the CRF took for a person there is an organization, and so is every other mention of the same
     * name in the article.
     */
    static void orgCues(final ArticleSpans article) {
        final Set<String> organizations = new HashSet<>();
        for (Span span : article.spans()) {
            // A place stays one: "the Tokyo stock market".
            if (!Span.PER.equals(span.type) || span.canonical != null) {
                continue;
            }
            final Sentence s = span.sentence;
            final String next = span.to < s.size() ? s.word(span.to).toLowerCase(Locale.ROOT) : "";
            final String after = span.to + 1 < s.size() ? s.word(span.to + 1).toLowerCase(Locale.ROOT) : "";
            final boolean cue = ORG_NOUNS.contains(next) || "said".equals(next) && ("it".equals(after) || "its".equals(after))
                    || span.from >= 2 && "of".equals(s.word(span.from - 1))
                    && "shares".equals(s.word(span.from - 2).toLowerCase(Locale.ROOT));
            if (cue) {
                organizations.add(span.text());
            }
        }
        for (Span span : article.spans()) {
            if (Span.PER.equals(span.type) && organizations.contains(span.text()) && span.canonical == null) {
                span.type = Span.ORG;
            }
        }
    }
}
