package io.newsflow.enrich.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Applies the article-level corrections ({@link Step}) to the CRF's spans, in a fixed order. */
final class Refiner {

    private static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.");
    private static final Set<String> ACRONYM_FILLERS = Set.of("of", "the", "and", "for", "on", "in", "&", "de");

    private final Lexicon lexicon;
    private final Set<Step> steps;

    Refiner(final Lexicon lexicon, final Set<Step> steps) {
        this.lexicon = lexicon;
        this.steps = steps;
    }

    void refine(final ArticleSpans article) {
        if (steps.contains(Step.TRIM)) {
            trim(article);
        }
        if (steps.contains(Step.WORD_START)) {
            article.spans().forEach(Refiner::extendToWordStart);
        }
        if (steps.contains(Step.COMPOUNDS)) {
            article.removeIf(Refiner::inCompound);
        }
        if (steps.contains(Step.TITLES)) {
            titles(article);
        }
        if (steps.contains(Step.LEXICON)) {
            lexiconTypes(article);
        }
        if (steps.contains(Step.CONSISTENCY)) {
            consistency(article);
        }
        if (steps.contains(Step.RESULTS)) {
            results(article);
        }
        if (steps.contains(Step.ACRONYMS)) {
            acronyms(article);
        }
        if (steps.contains(Step.NAME_PARTS)) {
            nameParts(article);
        }
        if (steps.contains(Step.PLACE_CUES)) {
            placeCues(article);
        }
        if (steps.contains(Step.ORG_CUES)) {
            orgCues(article);
        }
        if (steps.contains(Step.EVENTS)) {
            article.removeIf(this::namesEvent);
        }
        if (steps.contains(Step.ORG_PARTS)) {
            orgParts(article);
        }
        if (steps.contains(Step.COMPOUNDS)) {
            article.removeIf(Refiner::inCompound);
        }
        capitalsJoinMixedCase(article);
    }

    // --- ORG_PARTS ----------------------------------------------------------------------------------

    private static final Set<String> CORPORATE_SUFFIXES = Set.of("Inc", "Inc.", "Corp", "Corp.", "Co", "Co.",
            "Ltd", "Ltd.", "Plc", "PLC", "plc", "LLC", "AG", "SA", "S.A.", "NV", "N.V.", "A/S", "AB", "SpA", "GmbH",
            "Group", "Holdings");

    /**
     * An organization is named without its legal form ("Harbor Logistics Inc" is Harbor Logistics), and
     * a lone first word of its name that the CRF took for a person is the organization.
     */
    private void orgParts(final ArticleSpans article) {
        final Map<String, String> fullByFirst = new HashMap<>();
        final Set<String> ambiguous = new HashSet<>();
        for (Span span : article.spans()) {
            if (!Span.ORG.equals(span.type) || span.to - span.from < 2) {
                continue;
            }
            int to = span.to;
            while (to - span.from > 1 && CORPORATE_SUFFIXES.contains(span.sentence.word(to - 1))) {
                to--;
            }
            final String full = span.sentence.text(span.from, to);
            if (to < span.to && span.canonical == null) {
                span.canonical = full;
            }
            final String first = span.sentence.word(span.from);
            if (to - span.from < 2 || lexicon.isCommonWord(first.toLowerCase(Locale.ROOT)) || lexicon.isPlace(first)
                    || !capitalizedWord(first) || Truecaser.isAllCaps(span.sentence)) {
                continue;
            }
            final String canonical = span.canonical != null ? span.canonical : full;
            final String previous = fullByFirst.putIfAbsent(first, canonical);
            if (previous != null && !previous.equals(canonical)) {
                ambiguous.add(first);
            }
        }
        ambiguous.forEach(fullByFirst::remove);
        for (Span span : article.spans()) {
            // A place keeps its type: a firm is often named after its town ("Wuxi", "Wuxi Cable").
            if (span.to - span.from == 1 && Span.PER.equals(span.type)) {
                final String full = fullByFirst.get(span.sentence.word(span.from));
                if (full != null && span.canonical == null) {
                    span.type = Span.ORG;
                    span.canonical = full;
                }
            }
        }
    }

    /** A name in capitals (a headline) is the entity the article writes in mixed case. */
    private static void capitalsJoinMixedCase(final ArticleSpans article) {
        final Map<String, String> mixed = new HashMap<>();
        for (Span span : article.spans()) {
            if (!Truecaser.isAllCaps(span.sentence)) {
                final String name = span.canonical != null ? span.canonical : span.text();
                mixed.putIfAbsent(span.type + " " + span.text().toLowerCase(Locale.ROOT), name);
            }
        }
        for (Span span : article.spans()) {
            if (span.canonical == null && Truecaser.isAllCaps(span.sentence)) {
                span.canonical = mixed.get(span.type + " " + span.text().toLowerCase(Locale.ROOT));
            }
        }
    }

    // --- WORD_START ---------------------------------------------------------------------------------

    /** Moves the start of a span back over the hyphenated parts of its first word. */
    private static void extendToWordStart(final Span span) {
        final Sentence s = span.sentence;
        int from = span.from;
        while (from > 0 && s.start(from) == s.end(from - 1) && lettersOrHyphens(s.word(from - 1))
                && (s.word(from - 1).endsWith("-") || s.word(from).startsWith("-") || "-".equals(s.word(from - 1)))) {
            from--;
        }
        if (from < span.from && Character.isLetter(s.word(from).charAt(0))) {
            span.from = from;
        }
    }

    private static boolean lettersOrHyphens(final String w) {
        for (int i = 0; i < w.length(); i++) {
            final char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '-') {
                return false;
            }
        }
        return true;
    }

    // --- PLACE_CUES ---------------------------------------------------------------------------------

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "near", "outside");

    /**
     * "in Hutchinson": a lone word the CRF took for a person, right after a preposition of place, is a
     * place, unless the article names a person of that name in full.
     */
    private static void placeCues(final ArticleSpans article) {
        for (Span span : article.spans()) {
            if (Span.PER.equals(span.type) && span.to - span.from == 1 && span.canonical == null && span.from > 0
                    && PLACE_PREPOSITIONS.contains(span.sentence.word(span.from - 1))
                    && !(span.to < span.sentence.size() && span.sentence.word(span.to).startsWith("'"))) {
                span.type = Span.LOC;
            }
        }
    }

    // --- ORG_CUES -----------------------------------------------------------------------------------

    private static final Set<String> ORG_NOUNS = Set.of("newspaper", "newspapers", "daily", "weekly", "magazine",
            "shares", "stock", "stake", "shareholders");

    /**
     * "Comelf said it", "Zycie Warszawy daily", "shares of Magna": words that only an organization takes.
     * What the CRF took for a person there is an organization, and so is every other mention of the same
     * name in the article.
     */
    private static void orgCues(final ArticleSpans article) {
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

    // --- EVENTS -------------------------------------------------------------------------------------

    private static final Set<String> EVENT_WORDS = Set.of("cup", "open", "championship", "championships",
            "games", "tour", "trophy", "masters", "classic", "invitational", "series", "award", "awards", "prize",
            "league", "olympics", "stakes", "marathon", "amateur", "grand prix");

    /** True if the span is, or starts, the name of an event: "UEFA Cup", "Hong Kong Open", "PGA Tour". */
    private boolean namesEvent(final Span span) {
        if (lexicon.organization(span.text()) != null && span.to - span.from > 1) {
            return false;
        }
        final Sentence s = span.sentence;
        if (span.to - span.from > 1 && isEventWord(s, span.to - 1)) {
            return true;
        }
        return span.to < s.size() && s.start(span.to) > s.end(span.to - 1) && isEventWord(s, span.to);
    }

    private static boolean isEventWord(final Sentence s, final int token) {
        final String w = s.word(token);
        if (!capitalizedWord(w)) {
            return false;
        }
        final String lower = w.toLowerCase(Locale.ROOT);
        if ("grand".equals(lower)) {
            return token + 1 < s.size() && "prix".equals(s.word(token + 1).toLowerCase(Locale.ROOT));
        }
        return EVENT_WORDS.contains(lower) || "prix".equals(lower);
    }

    // --- TRIM ---------------------------------------------------------------------------------------

    private static void trim(final ArticleSpans article) {
        article.removeIf(span -> {
            while (span.from < span.to && !wordLike(span.sentence.word(span.from))) {
                span.from++;
            }
            while (span.to > span.from && !wordLike(span.sentence.word(span.to - 1))
                    && !closesBracket(span.sentence, span.from, span.to - 1)) {
                span.to--;
            }
            return span.from >= span.to;
        });
    }

    /** True if the token is a closing bracket whose opening one is in {@code [from, token)}: "Mladost ( L )". */
    private static boolean closesBracket(final Sentence s, final int from, final int token) {
        if (!")".equals(s.word(token))) {
            return false;
        }
        for (int i = from; i < token; i++) {
            if ("(".equals(s.word(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean wordLike(final String token) {
        for (int i = 0; i < token.length(); i++) {
            if (Character.isLetterOrDigit(token.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    // --- COMPOUNDS ----------------------------------------------------------------------------------

    /** "Geneva-based": the name is glued by a hyphen to a lower-case word, so it names no entity itself. */
    private static boolean inCompound(final Span span) {
        final Sentence s = span.sentence;
        final int next = span.to;
        if (next + 1 < s.size() && "-".equals(s.word(next)) && s.start(next) == s.end(next - 1)
                && s.start(next + 1) == s.end(next) && Character.isLowerCase(s.word(next + 1).charAt(0))) {
            return true;
        }
        final String last = s.word(span.to - 1);
        final int hyphen = last.indexOf('-');
        return hyphen > 0 && hyphen + 1 < last.length() && Character.isLowerCase(last.charAt(hyphen + 1))
                && span.to - span.from == 1 && !Character.isUpperCase(last.charAt(last.length() - 1));
    }

    // --- TITLES -------------------------------------------------------------------------------------

    /** Takes titles and honorifics out of people's spans, and reads a title just before the name as its role. */
    private void titles(final ArticleSpans article) {
        for (Span span : article.spans()) {
            if (!Span.PER.equals(span.type)) {
                continue;
            }
            final Sentence s = span.sentence;
            // A title the CRF read as part of the name.
            for (int len = Math.min(4, span.to - span.from - 1); len >= 1; len--) {
                final String head = s.text().substring(s.start(span.from), s.end(span.from + len - 1));
                if (lexicon.isTitle(head) || HONORIFICS.contains(head)) {
                    if (!HONORIFICS.contains(head)) {
                        span.role = head;
                    }
                    span.from += len;
                    break;
                }
            }
            if (span.role == null) {
                for (int len = Math.min(4, span.from); len >= 1; len--) {
                    final String before = s.text().substring(s.start(span.from - len), s.end(span.from - 1));
                    if (lexicon.isTitle(before)) {
                        span.role = before;
                        break;
                    }
                }
            }
        }
    }

    // --- LEXICON ------------------------------------------------------------------------------------

    private void lexiconTypes(final ArticleSpans article) {
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

    // --- RESULTS ------------------------------------------------------------------------------------

    /**
     * In a line of a results table ("Cleveland 5 Texas 3") a place other than a country is a club; a
     * national side keeps its country's type, as news tagging conventions have it. A name that opens a
     * line of standings ("Lotte 46 6 54 .462") or stands in a bare score line is a team, whatever the
     * CRF took it for.
     */
    private void results(final ArticleSpans article) {
        for (Span span : article.spans()) {
            if (Span.LOC.equals(span.type) && !lexicon.isCountry(span.text()) && isResultsLine(span.sentence)
                    && span.to < span.sentence.size() && isNumber(span.sentence.word(span.to))) {
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
                if (firstEnd > 0 && firstEnd + 1 < s.size() && isNumber(s.word(firstEnd))) {
                    final int secondEnd = nameEnd(s, firstEnd + 1);
                    if (secondEnd > firstEnd + 1 && secondEnd + 1 == s.size() && isNumber(s.word(secondEnd))) {
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
        while (end < s.size() && capitalizedWord(s.word(end)) && end - from < 4) {
            end++;
        }
        return end;
    }

    private static boolean isResultsLine(final Sentence s) {
        int numbers = 0;
        int words = 0;
        for (int i = 0; i < s.size(); i++) {
            final String w = s.word(i);
            if (isNumber(w)) {
                numbers++;
            } else if (wordLike(w)) {
                words++;
            }
        }
        return numbers >= 2 && numbers * 2 >= words;
    }

    private static boolean isNumber(final String w) {
        return !w.isEmpty() && Character.isDigit(w.charAt(0)) || w.startsWith(".") && w.length() > 1
                && Character.isDigit(w.charAt(1));
    }

    // --- CONSISTENCY --------------------------------------------------------------------------------

    /**
     * One type per name across the article, by majority of the CRF's readings; then every other
     * capitalized occurrence of a tagged name gets that type too.
     */
    private void consistency(final ArticleSpans article) {
        // Capitals hide the clues the CRF reads: a name's readings in mixed case outvote those in capitals.
        final Map<String, Map<String, Integer>> votes = new LinkedHashMap<>();
        for (Span span : article.spans()) {
            final int weight = Truecaser.isAllCaps(span.sentence) ? 1 : 100;
            votes.computeIfAbsent(key(span), k -> new HashMap<>()).merge(span.type, weight, Integer::sum);
        }
        final Map<String, String> typeOf = new HashMap<>();
        votes.forEach((name, counts) -> {
            final String best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            final int top = counts.get(best);
            if (counts.values().stream().filter(c -> c == top).count() == 1) {
                typeOf.put(name, best);
            }
        });
        for (Span span : article.spans()) {
            final String type = typeOf.get(key(span));
            if (type != null && !(steps.contains(Step.LEXICON) && lexicon.isCountry(span.text()))) {
                span.type = type;
            }
        }
        final Map<String, List<Name>> names = new HashMap<>();
        for (Span span : new ArrayList<>(article.spans())) {
            final String type = typeOf.get(key(span));
            if (type == null) {
                continue;
            }
            final String[] words = new String[span.to - span.from];
            for (int i = span.from; i < span.to; i++) {
                words[i - span.from] = span.sentence.word(i).toLowerCase(Locale.ROOT);
            }
            if (words.length == 1 && lexicon.isCommonWord(words[0])) {
                continue;
            }
            names.computeIfAbsent(words[0], k -> new ArrayList<>()).add(new Name(words, type));
        }
        for (Sentence s : article.sentences()) {
            final boolean caps = Truecaser.isAllCaps(s);
            for (int i = 0; i < s.size(); i++) {
                final List<Name> candidates = names.get(s.word(i).toLowerCase(Locale.ROOT));
                if (candidates == null || !Character.isUpperCase(s.word(i).charAt(0))) {
                    continue;
                }
                Name best = null;
                for (Name name : candidates) {
                    final int len = name.words().length;
                    if ((best == null || len > best.words().length) && matches(s, i, name.words())
                            && article.free(s, i, i + len) && (caps || !extendsName(s, i, i + len))) {
                        best = name;
                    }
                }
                if (best != null) {
                    final Span span = new Span(s, i, i + best.words().length, best.type());
                    if (!(steps.contains(Step.COMPOUNDS) && inCompound(span))) {
                        article.add(span);
                        i += best.words().length - 1;
                    }
                }
            }
        }
    }

    private record Name(String[] words, String type) {
    }

    private static String key(final Span span) {
        return span.text().toLowerCase(Locale.ROOT);
    }

    private static boolean matches(final Sentence s, final int from, final String[] words) {
        if (from + words.length > s.size()) {
            return false;
        }
        for (int k = 0; k < words.length; k++) {
            if (!s.word(from + k).toLowerCase(Locale.ROOT).equals(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** True if a capitalized word touches the run on either side: it is then part of a longer name. */
    private static boolean extendsName(final Sentence s, final int from, final int to) {
        return from > 1 && capitalizedWord(s.word(from - 1)) || to < s.size() && capitalizedWord(s.word(to));
    }

    private static boolean capitalizedWord(final String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    // --- ACRONYMS -----------------------------------------------------------------------------------

    /**
     * Known acronyms are their organization ("U.N." is the United Nations); an acronym in brackets after
     * a name is that name; an acronym elsewhere in the article that spells a tagged organization is it.
     */
    private void acronyms(final ArticleSpans article) {
        final Map<String, Span> byInitials = new HashMap<>();
        for (Span span : article.spans()) {
            if (span.to - span.from >= 2 && Span.ORG.equals(span.type)) {
                final String initials = initials(span);
                if (initials.length() >= 3) {
                    byInitials.putIfAbsent(initials, span);
                }
            }
        }
        for (Sentence s : article.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                final String w = s.word(i);
                if (!isAcronym(w) || lexicon.isPlace(w)) {
                    continue;
                }
                final String bare = w.replace(".", "");
                final Span existing = article.at(s, i);
                if (existing != null && existing.to - existing.from > 1) {
                    continue;
                }
                final String known = lexicon.organization(w);
                Span expansion = byInitials.get(bare);
                if (i >= 2 && "(".equals(s.word(i - 1)) && i + 1 < s.size() && ")".equals(s.word(i + 1))) {
                    final Span before = article.at(s, i - 2);
                    if (before != null && bare.equals(initials(before))) {
                        expansion = before;
                    }
                }
                final String type;
                final String canonical;
                if (expansion != null) {
                    type = expansion.type;
                    canonical = expansion.canonical != null ? expansion.canonical : expansion.text();
                } else if (known != null && !lexicon.isPlace(w)) {
                    type = Span.ORG;
                    canonical = known;
                } else {
                    continue;
                }
                if (existing == null) {
                    final Span span = new Span(s, i, i + 1, type);
                    span.canonical = canonical;
                    article.add(span);
                } else {
                    existing.type = type;
                    existing.canonical = canonical;
                }
            }
        }
        // The expansion itself goes by its lexicon name too, so that "UN" and "United Nations" group.
        for (Span span : article.spans()) {
            if (span.canonical == null && Span.ORG.equals(span.type)) {
                final String known = lexicon.organization(span.text());
                if (known != null) {
                    span.canonical = known;
                }
            }
        }
    }

    private static boolean isAcronym(final String w) {
        final String bare = w.replace(".", "");
        if (bare.length() < 2 || bare.length() > 6) {
            return false;
        }
        for (int i = 0; i < bare.length(); i++) {
            if (!Character.isUpperCase(bare.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static String initials(final Span span) {
        final StringBuilder b = new StringBuilder();
        for (int i = span.from; i < span.to; i++) {
            final String w = span.sentence.word(i);
            if (ACRONYM_FILLERS.contains(w.toLowerCase(Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
                continue;
            }
            b.append(Character.toUpperCase(w.charAt(0)));
        }
        return b.toString();
    }

    // --- NAME_PARTS ---------------------------------------------------------------------------------

    /**
     * A surname or first name alone, after or before the full name, is the same person: it is typed a
     * person and joined to the full name. A part shared by two full names stays unjoined.
     */
    private void nameParts(final ArticleSpans article) {
        final Map<String, String> fullByPart = new HashMap<>();
        final Set<String> ambiguous = new HashSet<>();
        for (Span span : article.spans()) {
            if (!Span.PER.equals(span.type) || span.to - span.from < 2) {
                continue;
            }
            final String full = span.text();
            for (int i : new int[] {span.from, span.to - 1}) {
                final String part = span.sentence.word(i);
                if (part.length() < 2 || part.endsWith(".")) {
                    continue;
                }
                final String previous = fullByPart.putIfAbsent(part, full);
                if (previous != null && !previous.equals(full)) {
                    ambiguous.add(part);
                }
            }
        }
        ambiguous.forEach(fullByPart::remove);
        if (fullByPart.isEmpty()) {
            return;
        }
        for (Span span : article.spans()) {
            if (span.to - span.from == 1) {
                final String full = fullByPart.get(span.sentence.word(span.from));
                // The article's own evidence beats the lexicon: with Neil Jordan in it, "Jordan" is him.
                if (full != null) {
                    span.type = Span.PER;
                    span.canonical = full;
                }
            }
        }
        for (Sentence s : article.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                final String full = fullByPart.get(s.word(i));
                if (full != null && article.free(s, i, i + 1) && !extendsName(s, i, i + 1)
                        && !(i == 0 && lexicon.isCommonWord(s.word(i).toLowerCase(Locale.ROOT)))) {
                    final Span span = new Span(s, i, i + 1, Span.PER);
                    span.canonical = full;
                    article.add(span);
                }
            }
        }
        // The full names themselves carry the role any of their mentions states.
        final Map<String, String> roles = new HashMap<>();
        for (Span span : article.spans()) {
            if (Span.PER.equals(span.type) && span.role != null) {
                roles.putIfAbsent(span.canonical != null ? span.canonical : span.text(), span.role);
            }
        }
        for (Span span : article.spans()) {
            if (Span.PER.equals(span.type) && span.role == null) {
                span.role = roles.get(span.canonical != null ? span.canonical : span.text());
            }
        }
    }
}
