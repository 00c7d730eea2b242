package io.newsflow.ingest;

import io.newsflow.common.article.ArticleProblem;
import io.newsflow.common.article.InvalidArticleException;
import io.newsflow.common.article.RawArticle;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads an article saved as plain text, the way news sites print them:
 * <pre>
 * Title line
 *
 * AP , Monday 19 Oct 2020          (optional dateline: source, then a date)
 *
 * Paragraph...
 *
 * Short link:                       (optional, dropped)
 * </pre>
 * The first non-empty line is the title. The next non-empty line is a dateline when it is a short
 * source name, a comma and a date ({@code Reuters, 19 October 2020}, {@code AFP, Mon 19 Oct. 2020},
 * {@code BBC, October 19, 2020}, {@code DW, 2020-10-19}) or a date alone; otherwise it starts the body.
 * Body paragraphs are separated by blank lines and joined with {@code "\n\n"}; lines within a
 * paragraph keep their line break, since a short line may be a caption heading rather than wrapped text.
 */
final class PlainTextArticle {

    private static final int MAX_SOURCE_CHARS = 60;
    /** What may stand next to the date in a dateline besides weekday names: a time, perhaps with a zone. */
    private static final Pattern TIME_REST = Pattern.compile(
            "(?i)(\\d{1,2}[:.]\\d{2}(\\s*[ap]m)?(\\s+[a-z]{2,5}|\\s*[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern SHORT_LINK = Pattern.compile("(?i)^\\s*short\\s+link\\s*:.*$");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([a-z]{3,9})\\.?,?\\s+(\\d{4})\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?i)\\b([a-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(day|sday|nesday|rsday|urday)?\\b\\.?");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final List<String> FULL_MONTHS = List.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december");

    /** A dateline: the source (null when the line is a date alone) and the date. */
    record Dateline(String source, LocalDate date) {
    }

    private PlainTextArticle() {
    }

    /**
     * Parses the text of one article.
     *
     * @throws InvalidArticleException when the text has no non-blank line
     */
    static RawArticle parse(final String text) {
        final List<String> lines = new ArrayList<>(List.of(text.split("\\R", -1)));
        int i = skipBlank(lines, 0);
        if (i >= lines.size()) {
            throw new InvalidArticleException(List.of(new ArticleProblem("title", "the file is empty")));
        }
        final String title = lines.get(i).strip();
        i = skipBlank(lines, i + 1);
        String source = null;
        String publishedAt = null;
        if (i < lines.size()) {
            final Optional<Dateline> dateline = dateline(lines.get(i));
            if (dateline.isPresent()) {
                source = dateline.get().source();
                publishedAt = dateline.get().date().toString();
                i++;
            }
        }
        return new RawArticle(null, null, title, body(lines.subList(i, lines.size())), source, publishedAt,
                null, null, null);
    }

    /** The dateline in {@code line}, if it is one. */
    static Optional<Dateline> dateline(final String line) {
        final String s = line.strip();
        if (s.isEmpty()) {
            return Optional.empty();
        }
        final Optional<Dateline> dateOnly = dateAlone(s).map(d -> new Dateline(null, d));
        if (dateOnly.isPresent()) {
            return dateOnly;
        }
        final int comma = s.indexOf(',');
        if (comma <= 0) {
            return Optional.empty();
        }
        final String source = s.substring(0, comma).strip();
        if (source.isEmpty() || source.length() > MAX_SOURCE_CHARS || source.endsWith(".")
                || source.chars().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return dateAlone(s.substring(comma + 1)).map(d -> new Dateline(source, d));
    }

    /** The date in {@code text} when the text is that date and nothing more than a weekday and a time. */
    private static Optional<LocalDate> dateAlone(final String text) {
        for (Pattern p : List.of(DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO_DATE)) {
            final Matcher m = p.matcher(text);
            if (!m.find()) {
                continue;
            }
            final Optional<LocalDate> date = toDate(p, m);
            if (date.isEmpty()) {
                continue;
            }
            final String rest = WEEKDAY.matcher(text.substring(0, m.start()) + " " + text.substring(m.end()))
                    .replaceAll(" ")
                    .replaceAll("[\\s,|\\-]+", " ")
                    .strip();
            if (TIME_REST.matcher(rest).matches()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> toDate(final Pattern p, final Matcher m) {
        try {
            if (p == ISO_DATE) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            final boolean dayFirst = p == DAY_MONTH_YEAR;
            final Integer month = month(dayFirst ? m.group(2) : m.group(1));
            if (month == null) {
                return Optional.empty();
            }
            final int day = Integer.parseInt(dayFirst ? m.group(1) : m.group(2));
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, day));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The month a name or its usual abbreviation ({@code Oct}, {@code Sept}, {@code October}) stands for. */
    private static Integer month(final String name) {
        final String n = name.toLowerCase(Locale.ROOT);
        final Integer month = MONTHS.get(n.substring(0, 3));
        if (month == null) {
            return null;
        }
        final String full = FULL_MONTHS.get(month - 1);
        // "Marching" or "Mayor" are not months: only a prefix of the full name (or "sept") is.
        return full.startsWith(n) || n.equals("sept") ? month : null;
    }

    private static String body(final List<String> lines) {
        int end = lines.size();
        while (end > 0 && lines.get(end - 1).isBlank()) {
            end--;
        }
        if (end > 0 && SHORT_LINK.matcher(lines.get(end - 1)).matches()) {
            end--;
        }
        final String text = lines.subList(0, end).stream().map(String::strip).collect(Collectors.joining("\n"));
        final List<String> paragraphs = Arrays.stream(text.split("\n{2,}")).map(String::strip)
                .filter(p -> !p.isEmpty()).toList();
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }

    private static int skipBlank(final List<String> lines, final int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
