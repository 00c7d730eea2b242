package io.newsflow.common.article;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The rules every article must pass, the same at the HTTP intake and in the stream: a title or a
 * body, a body within the size limit, a valid id if one is given, an ISO-8601 date that is not in
 * the future, and a language given as a language tag. Articles in any language pass: which of them
 * are tagged is the tagger's decision, which says it in the enriched article.
 */
public final class ArticleValidator {

    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /** Clocks disagree and time zones are mislabelled: a date this far ahead is still accepted. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
    /**
     * A BCP 47 language tag, loosely: a primary language subtag of 2-3 letters and up to seven subtags
     * of 1-8 letters or digits ({@code en}, {@code fr-CA}, {@code zh-Hant-TW}); at most 35 characters.
     */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,7}");
    private static final int MAX_LANGUAGE_TAG = 35;
    private static final List<Function<String, Instant>> DATE_FORMS = List.of(
            s -> OffsetDateTime.parse(s).toInstant(),
            s -> LocalDateTime.parse(s).toInstant(ZoneOffset.UTC),
            s -> LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC));

    private final int maxBodyBytes;
    private final Clock clock;

    public ArticleValidator(final int maxBodyBytes, final Clock clock) {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
        this.clock = clock;
    }

    public ArticleValidator(final int maxBodyBytes) {
        this(maxBodyBytes, Clock.systemUTC());
    }

    /** Every problem with the article; empty when it is fine. */
    public List<ArticleProblem> problems(final RawArticle article) {
        final List<ArticleProblem> problems = new ArrayList<>();
        if (article == null) {
            problems.add(new ArticleProblem("article", "must be a JSON object"));
            return problems;
        }
        if (isBlank(article.title()) && isBlank(article.body())) {
            problems.add(new ArticleProblem("title", "title or body must be non-empty"));
        }
        if (article.body() != null && article.body().getBytes(StandardCharsets.UTF_8).length > maxBodyBytes) {
            problems.add(new ArticleProblem("body", "body is larger than " + maxBodyBytes + " bytes"));
        }
        if (article.id() != null && !ArticleIds.isValid(article.id())) {
            problems.add(new ArticleProblem("id", "id must be " + ArticleIds.RULE));
        }
        if (article.publishedAt() != null) {
            final Instant published = parseDate(article.publishedAt());
            if (published == null) {
                problems.add(new ArticleProblem("publishedAt",
                        "not an ISO-8601 date or date-time: " + abbreviate(article.publishedAt())));
            } else if (published.isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
                problems.add(new ArticleProblem("publishedAt", "date is in the future: " + article.publishedAt()));
            }
        }
        if (article.language() != null && !article.language().isBlank() && !isLanguageTag(article.language().strip())) {
            problems.add(new ArticleProblem("language", "must be a language tag such as en, fr or pt-BR, got "
                    + abbreviate(article.language())));
        }
        return problems;
    }

    /** Throws {@link InvalidArticleException} naming every problem, or returns the article. */
    public RawArticle requireValid(final RawArticle article) {
        final List<ArticleProblem> problems = problems(article);
        if (!problems.isEmpty()) {
            throw new InvalidArticleException(problems);
        }
        return article;
    }

    /**
     * Parses an ISO-8601 instant, offset date-time, local date-time (taken as UTC) or date (midnight
     * UTC); null when it is none of them.
     */
    public static Instant parseDate(final String text) {
        for (Function<String, Instant> form : DATE_FORMS) {
            try {
                return form.apply(text.strip());
            } catch (DateTimeParseException notThisForm) {
                // try the next form
            }
        }
        return null;
    }

    private static boolean isLanguageTag(final String tag) {
        return tag.length() <= MAX_LANGUAGE_TAG && LANGUAGE_TAG.matcher(tag).matches();
    }

    private static boolean isBlank(final String s) {
        return s == null || s.isBlank();
    }

    private static String abbreviate(final String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
