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
import java.util.Locale;
import java.util.function.Function;

/**
 * The rules every article must pass, the same at the HTTP intake and in the stream: a title or a
 * body, a body within the size limit, a valid id if one is given, an ISO-8601 date that is not in
 * the future, and a language newsflow can tag.
 */
public final class ArticleValidator {

    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;
    /** Clocks disagree and time zones are mislabelled: a date this far ahead is still accepted. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofDays(1);
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
        if (article.language() != null && !article.language().isBlank()
                && !article.language().strip().toLowerCase(Locale.ROOT).startsWith("en")) {
            problems.add(new ArticleProblem("language", "only English (en) is supported, got "
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

    private static boolean isBlank(final String s) {
        return s == null || s.isBlank();
    }

    private static String abbreviate(final String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
