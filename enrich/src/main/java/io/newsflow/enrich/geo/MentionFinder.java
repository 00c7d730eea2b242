package io.newsflow.enrich.geo;

import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.enrich.ner.EntityTags;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds place mentions the entity tagger missed, where the local evidence is strong: a country or a
 * state named inside an organization's name ("Texas A&amp;M University", "U.S. Department of Justice"),
 * the state or country qualifying a place ("Churchill, Man.", "Alvin, Texas"), and a country or state
 * right after "in", "at", "from"... Demonyms are never mentions.
 */
final class MentionFinder {

    /** Runs of capitalized words (with inner periods, as in "U.S." or "B.C."), up to four. */
    private static final Pattern CAPITALIZED_RUN = Pattern.compile(
            "\\p{Lu}[\\p{L}'’&-]*(?:\\.(?:\\p{Lu}\\.?)*)?(?:\\s+\\p{Lu}[\\p{L}'’&-]*(?:\\.(?:\\p{Lu}\\.?)*)?){0,3}");
    /**
     * "Town, State". A match starts only at the start of a word and its words are read possessively and
     * at most 64 characters long: a long run of letters without a comma then fails at once instead of
     * being tried again from each of its capitals.
     */
    private static final Pattern QUALIFIED = Pattern.compile(
            "(?<![\\p{L}\\p{Nd}])(\\p{Lu}[\\p{L}'’-]{0,63}+(?:\\s+\\p{Lu}[\\p{L}'’-]{0,63}+){0,2}),\\s+"
            + "(\\p{Lu}[\\p{L}.]{0,63}+\\.?(?:\\s+\\p{Lu}[\\p{L}.]{0,63}+\\.?){0,2})");
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "\\b(?:in|at|from|near|to|across|throughout|outside|inside|into)\\s+$", Pattern.CASE_INSENSITIVE);

    private final Gazetteer gazetteer;

    MentionFinder(final Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The tagger's places plus the mentions found here, each name once with all its mentions. */
    List<Entity> places(final String title, final String body, final EntityTags tags) {
        final Map<String, List<Mention>> byName = new LinkedHashMap<>();
        final Coverage taken = new Coverage();
        for (Entity e : tags.places()) {
            byName.computeIfAbsent(e.name(), k -> new ArrayList<>()).addAll(e.mentions());
            taken.addAll(e.mentions());
        }
        final Coverage people = new Coverage();
        tags.people().forEach(e -> people.addAll(e.mentions()));
        final Coverage others = new Coverage();
        tags.people().forEach(e -> others.addAll(e.mentions()));
        final List<Mention> organizations = new ArrayList<>();
        tags.organizations().forEach(e -> organizations.addAll(e.mentions()));
        others.addAll(organizations);

        final List<Mention> found = new ArrayList<>();
        for (String field : List.of(Mention.TITLE, Mention.BODY)) {
            final String text = Mention.TITLE.equals(field) ? title : body;
            if (text.isEmpty()) {
                continue;
            }
            insideOrganizations(field, text, organizations, taken, found);
            qualifiers(field, text, taken, others, found);
            afterPrepositions(field, text, taken, others, found);
        }
        // One sense per article: a name taken for a place is that place wherever else it appears.
        final List<String> known = new ArrayList<>(byName.keySet());
        found.forEach(m -> known.add(m.text()));
        final List<String> names = new ArrayList<>();
        for (String name : known.stream().distinct().toList()) {
            if (name.length() >= 3 && Character.isUpperCase(name.charAt(0)) && gazetteer.lookup(name).length > 0) {
                names.add(name);
            }
        }
        repeats(title, body, names, taken, people, found);
        for (Mention m : found) {
            byName.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(m);
        }
        final List<Entity> out = new ArrayList<>(byName.size());
        byName.forEach((name, mentions) -> out.add(new Entity(name, mentions)));
        return out;
    }

    /**
     * Other occurrences of the place names, as written or in capitals, outside people's names: name by
     * name in the order given, the title before the body, so that an earlier name wins an overlap.
     */
    private static void repeats(final String title, final String body, final List<String> names,
            final Coverage taken, final Coverage people, final List<Mention> found) {
        if (names.isEmpty()) {
            return;
        }
        final NameOccurrences finder = new NameOccurrences(names);
        record Hit(String field, String text, NameOccurrences.Occurrence at) {
        }
        final List<Hit> hits = new ArrayList<>();
        for (String field : List.of(Mention.TITLE, Mention.BODY)) {
            final String text = Mention.TITLE.equals(field) ? title : body;
            finder.in(text).forEach(o -> hits.add(new Hit(field, text, o)));
        }
        hits.sort(Comparator.comparingInt((Hit h) -> h.at().name())
                .thenComparingInt(h -> Mention.TITLE.equals(h.field()) ? 0 : 1)
                .thenComparingInt(h -> h.at().start()));
        for (Hit h : hits) {
            if (free(h.field(), h.at().start(), h.at().end(), taken, people)) {
                add(h.field(), h.text(), h.at().start(), h.at().end(), taken, found);
            }
        }
    }

    /** Countries and states named inside an organization's name. */
    private void insideOrganizations(final String field, final String text, final List<Mention> organizations,
            final Coverage taken, final List<Mention> found) {
        for (Mention org : organizations) {
            if (!org.field().equals(field) || org.end() > text.length()) {
                continue;
            }
            final Matcher m = CAPITALIZED_RUN.matcher(text).region(org.start(), org.end());
            while (m.find()) {
                longestDivision(field, text, m.start(), m.end(), taken, found);
            }
        }
    }

    /** "Town, State": the state always, the town when the gazetteer has it in that state. */
    private void qualifiers(final String field, final String text, final Coverage taken,
            final Coverage others, final List<Mention> found) {
        final Matcher m = QUALIFIED.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            from = m.start(2);
            final String qualifier = trimQualifier(text, m.start(2), m.end(2));
            final int qEnd = m.start(2) + qualifier.length();
            final String admin1 = qualifierDivision(qualifier);
            final String country = admin1 == null ? qualifierCountry(qualifier) : null;
            if (admin1 == null && country == null) {
                continue;
            }
            if (free(field, m.start(2), qEnd, taken, others)) {
                add(field, text, m.start(2), qEnd, taken, found);
            }
            if (free(field, m.start(1), m.end(1), taken, others)
                    && isTownIn(m.group(1), admin1, country)) {
                add(field, text, m.start(1), m.end(1), taken, found);
            }
        }
    }

    /** A country or a state right after a preposition, not part of another name. */
    private void afterPrepositions(final String field, final String text, final Coverage taken,
            final Coverage others, final List<Mention> found) {
        final Matcher m = CAPITALIZED_RUN.matcher(text);
        while (m.find()) {
            final int start = m.start();
            if (!PREPOSITION_BEFORE.matcher(text.substring(Math.max(0, start - 12), start)).find()) {
                continue;
            }
            final String run = stripTrailingPeriod(text, start, m.end());
            final int end = start + run.length();
            if (isDivisionName(run) && free(field, start, end, taken, others)) {
                add(field, text, start, end, taken, found);
            }
        }
    }

    /** The longest run of whole words within [start, end) that names a country or a state. */
    private void longestDivision(final String field, final String text, final int start, final int end,
            final Coverage taken, final List<Mention> found) {
        final String[] words = text.substring(start, end).split("\\s+");
        for (int len = words.length; len >= 1; len--) {
            int offset = start;
            for (int i = 0; i + len <= words.length; i++) {
                final int s = text.indexOf(words[i], offset);
                int e = s;
                for (int k = i; k < i + len; k++) {
                    e = text.indexOf(words[k], e) + words[k].length();
                }
                final String name = text.substring(s, e);
                if (isDivisionName(name) && free(field, s, e, taken, new Coverage())) {
                    add(field, text, s, e, taken, found);
                    return;
                }
                offset = s + words[i].length();
            }
        }
    }

    private boolean isDivisionName(final String name) {
        final String key = PlaceNames.normalize(name);
        if (key.length() < 2 || gazetteer.isDemonymKey(key) || !Character.isUpperCase(name.charAt(0))) {
            return false;
        }
        for (int c : gazetteer.lookupKey(key)) {
            final GazetteerEntry e = gazetteer.entry(c);
            if (e.kind() == GazetteerEntry.COUNTRY || (e.isFirstLevelDivision() && e.geonameId() != 0)) {
                return true;
            }
        }
        return false;
    }

    private String qualifierDivision(final String qualifier) {
        final String byAbbreviation = gazetteer.admin1ByAbbreviation(qualifier);
        if (byAbbreviation != null && (qualifier.length() > 2 || qualifier.equals(qualifier.toUpperCase(Locale.ROOT)))) {
            return byAbbreviation;
        }
        for (int c : gazetteer.lookup(qualifier)) {
            final GazetteerEntry e = gazetteer.entry(c);
            if (e.isFirstLevelDivision() && e.geonameId() != 0) {
                return e.admin1Key();
            }
        }
        return null;
    }

    private String qualifierCountry(final String qualifier) {
        if (gazetteer.isDemonymKey(PlaceNames.normalize(qualifier))) {
            return null;
        }
        for (int c : gazetteer.lookup(qualifier)) {
            final GazetteerEntry e = gazetteer.entry(c);
            if (e.kind() == GazetteerEntry.COUNTRY) {
                return e.countryCode();
            }
        }
        return null;
    }

    private boolean isTownIn(final String name, final String admin1, final String country) {
        for (int c : gazetteer.lookup(name)) {
            final GazetteerEntry e = gazetteer.entry(c);
            if (e.kind() == GazetteerEntry.COUNTRY || e.kind() == GazetteerEntry.REGION) {
                continue;
            }
            if (admin1 != null ? admin1.equals(e.admin1Key()) : e.countryCode().equals(country)) {
                return true;
            }
        }
        return false;
    }

    /** The qualifier without trailing words that are not part of a division's name ("Texas Police"). */
    private String trimQualifier(final String text, final int start, final int end) {
        final String q = text.substring(start, end);
        final String[] words = q.split("\\s+");
        for (int len = words.length; len >= 1; len--) {
            final int e = start + endOfWords(q, len);
            final String candidate = stripTrailingPeriod(text, start, e);
            if (qualifierDivision(candidate) != null || qualifierCountry(candidate) != null) {
                return candidate;
            }
            if (!candidate.equals(text.substring(start, e)) && (qualifierDivision(text.substring(start, e)) != null)) {
                return text.substring(start, e);
            }
        }
        return words[0];
    }

    private static int endOfWords(final String s, final int words) {
        int seen = 0;
        int i = 0;
        while (i < s.length()) {
            while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (++seen == words) {
                return i;
            }
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
        return s.length();
    }

    /** "Texas." at the end of a sentence is "Texas"; "Man." and "U.S." keep their period. */
    private String stripTrailingPeriod(final String text, final int start, final int end) {
        final String s = text.substring(start, end);
        if (s.endsWith(".") && s.length() > 1) {
            final String bare = s.substring(0, s.length() - 1);
            if (bare.indexOf('.') < 0 && gazetteer.admin1ByAbbreviation(s) == null) {
                return bare;
            }
        }
        return s;
    }

    private static boolean free(final String field, final int start, final int end, final Coverage taken,
            final Coverage others) {
        return !taken.covers(field, start, end) && !others.covers(field, start, end);
    }

    private static void add(final String field, final String text, final int start, final int end,
            final Coverage taken, final List<Mention> found) {
        final Mention m = new Mention(field, start, end, text.substring(start, end));
        taken.add(m);
        found.add(m);
    }
}
