package io.newsflow.tagger.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Joins the variants of a name into one entity: titles, acronyms, surnames, legal forms. */
final class NameJoiner {

    private final Lexicon lexicon;

    NameJoiner(final Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    private static final Set<String> HONORIFICS = Set.of("Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.");
    private static final Set<String> ACRONYM_FILLERS = Set.of("of", "the", "and", "for", "on", "in", "&", "de");

    /** Takes titles and honorifics out of people's spans, and reads a title just before the name as its role. */
    void titles(final ArticleSpans article) {
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

    /**
     * Known acronyms are their organization ("U.N." is the United Nations); an acronym in brackets after
     * a name is that name; an acronym elsewhere in the article that spells a tagged organization is it.
     */
    void acronyms(final ArticleSpans article) {
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

    /**
     * A surname or first name alone, after or before the full name, is the same person: it is typed a
     * person and joined to the full name. A part shared by two full names stays unjoined.
     */
    void nameParts(final ArticleSpans article) {
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
                if (full != null && article.free(s, i, i + 1) && !Words.extendsName(s, i, i + 1)
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

    private static final Set<String> CORPORATE_SUFFIXES = Set.of("Inc", "Inc.", "Corp", "Corp.", "Co", "Co.",
            "Ltd", "Ltd.", "Plc", "PLC", "plc", "LLC", "AG", "SA", "S.A.", "NV", "N.V.", "A/S", "AB", "SpA", "GmbH",
            "Group", "Holdings");

    /**
     * An organization is named without its legal form ("Harbor Logistics Inc" is Harbor Logistics), and
     * a lone first word of its name that the CRF took for a person is the organization.
     */
    void orgParts(final ArticleSpans article) {
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
                    || !Words.capitalizedWord(first) || Truecaser.isAllCaps(span.sentence)) {
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
            // A place keeps its type: a firm is often named after its town ("Wuxi", "Wuxi Cable"). A lone
            // word already read as an organization joins it too.
            if (span.to - span.from == 1 && (Span.PER.equals(span.type) || Span.ORG.equals(span.type))) {
                final String full = fullByFirst.get(span.sentence.word(span.from));
                if (full != null && span.canonical == null) {
                    span.type = Span.ORG;
                    span.canonical = full;
                }
            }
        }
    }

    /** A name in capitals (a headline) is the entity the article writes in mixed case. */
    static void capitalsJoinMixedCase(final ArticleSpans article) {
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
}
