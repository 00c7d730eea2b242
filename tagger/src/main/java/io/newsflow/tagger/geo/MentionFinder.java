package io.newsflow.tagger.geo;

import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.tagger.ner.EntityTags;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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

    private static final Pattern COUNTY = Pattern.compile("\\p{Lu}\\S*\\s+(?:County|Parish|Borough)$");
    /** The longest name repeated: place names are short, a giant "name" is noise. */
    private static final int MAX_NAME = 80;
    private static final Pattern DEMONYM_WORD = Pattern.compile("\\b(?:\\p{Lu}[\\p{L}-]+|E\\.U\\.)");

    private final Gazetteer gazetteer;
    private final GeoOptions options;

    MentionFinder(final Gazetteer gazetteer, final GeoOptions options) {
        this.gazetteer = gazetteer;
        this.options = options;
    }

    /** The tagger's places plus the mentions found here, each name once with all its mentions. */
    List<Entity> places(final String title, final String body, final EntityTags tags) {
        final Map<String, List<Mention>> byName = new LinkedHashMap<>();
        final Spans taken = new Spans();
        for (Entity e : tags.places()) {
            byName.computeIfAbsent(e.name(), k -> new ArrayList<>()).addAll(e.mentions());
            e.mentions().forEach(taken::add);
        }
        final Spans others = new Spans();
        final Spans people = new Spans();
        tags.people().forEach(e -> e.mentions().forEach(m -> {
            others.add(m);
            people.add(m);
        }));
        final List<Mention> organizations = new ArrayList<>();
        tags.organizations().forEach(e -> organizations.addAll(e.mentions()));
        organizations.forEach(others::add);

        final List<Mention> found = new ArrayList<>();
        for (String field : List.of(Mention.TITLE, Mention.BODY)) {
            final String text = Mention.TITLE.equals(field) ? title : body;
            if (text.isEmpty()) {
                continue;
            }
            if (options.namesInOrganizations()) {
                insideOrganizations(field, text, organizations, taken, found);
            }
            qualifiers(field, text, taken, others, found);
            afterPrepositions(field, text, taken, others, found);
            if (options.demonyms()) {
                demonyms(field, text, taken, others, found);
            }
        }
        // One sense per article: a name taken for a place is that place wherever else it appears.
        final List<String> known = new ArrayList<>(byName.keySet());
        found.forEach(m -> known.add(m.text()));
        final Set<String> names = new LinkedHashSet<>();
        for (String name : known) {
            if (name.length() >= 3 && name.length() <= MAX_NAME && Character.isUpperCase(name.charAt(0))
                    && !names.contains(name) && gazetteer.lookup(name).length > 0) {
                names.add(name);
            }
        }
        if (!names.isEmpty()) {
            final NameOccurrences finder = new NameOccurrences(List.copyOf(names));
            for (String field : List.of(Mention.TITLE, Mention.BODY)) {
                repeats(field, Mention.TITLE.equals(field) ? title : body, finder, taken, people, found);
            }
        }
        for (Mention m : found) {
            byName.computeIfAbsent(m.text(), k -> new ArrayList<>()).add(m);
        }
        final List<Entity> out = new ArrayList<>(byName.size());
        byName.forEach((name, mentions) -> out.add(new Entity(name, mentions)));
        return out;
    }

    /** Demonyms of countries ("Russian", "Britons") and the European Union's "EU", outside other names. */
    private void demonyms(final String field, final String text, final Spans taken, final Spans others,
            final List<Mention> found) {
        final Matcher m = DEMONYM_WORD.matcher(text);
        while (m.find()) {
            final String word = m.group();
            final boolean union = word.equals("EU") || word.equals("E.U.");
            if ((union || gazetteer.isDemonymKey(PlaceNames.normalize(word))) && gazetteer.lookup(word).length > 0
                    && free(field, m.start(), m.end(), taken, others)) {
                add(field, text, m.start(), m.end(), taken, found);
            }
        }
    }

    /**
     * Other occurrences of the place names, as written or in capitals, outside people's names: one pass
     * over the word starts of the text, the longest name first at each.
     */
    private static void repeats(final String field, final String text, final NameOccurrences finder,
            final Spans taken, final Spans people, final List<Mention> found) {
        NameOccurrences.Occurrence longest = null;
        for (NameOccurrences.Occurrence o : finder.in(text)) {
            if (longest != null && o.start() != longest.start()) {
                addIfFree(field, text, longest, taken, people, found);
                longest = null;
            }
            if (longest == null || o.end() > longest.end()) {
                longest = o;
            }
        }
        if (longest != null) {
            addIfFree(field, text, longest, taken, people, found);
        }
    }

    private static void addIfFree(final String field, final String text, final NameOccurrences.Occurrence o,
            final Spans taken, final Spans people, final List<Mention> found) {
        if (!taken.overlaps(field, o.start(), o.end()) && !people.overlaps(field, o.start(), o.end())) {
            add(field, text, o.start(), o.end(), taken, found);
        }
    }

    /** Countries and states named inside an organization's name. */
    private void insideOrganizations(final String field, final String text, final List<Mention> organizations,
            final Spans taken, final List<Mention> found) {
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
    private void qualifiers(final String field, final String text, final Spans taken,
            final Spans others, final List<Mention> found) {
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
    private void afterPrepositions(final String field, final String text, final Spans taken,
            final Spans others, final List<Mention> found) {
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
            final Spans taken, final List<Mention> found) {
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
                if ((isDivisionName(name) || isCountyName(name)) && free(field, s, e, taken, null)) {
                    add(field, text, s, e, taken, found);
                    return;
                }
                offset = s + words[i].length();
            }
        }
    }

    /** "Douglas County", "Rapides Parish": a second-level division named with its kind, as in its agencies' names. */
    private boolean isCountyName(final String name) {
        if (!COUNTY.matcher(name).find()) {
            return false;
        }
        for (int c : gazetteer.lookup(name)) {
            final GazetteerEntry e = gazetteer.entry(c);
            if (e.kind() == GazetteerEntry.DIVISION && !e.isFirstLevelDivision()) {
                return true;
            }
        }
        return false;
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

    private static boolean free(final String field, final int start, final int end, final Spans taken,
            final Spans others) {
        return !taken.overlaps(field, start, end) && (others == null || !others.overlaps(field, start, end));
    }

    private static void add(final String field, final String text, final int start, final int end,
            final Spans taken, final List<Mention> found) {
        final Mention m = new Mention(field, start, end, text.substring(start, end));
        taken.add(m);
        found.add(m);
    }
}
