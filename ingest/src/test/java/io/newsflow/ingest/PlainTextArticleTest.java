package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.InvalidArticleException;
import io.newsflow.common.article.RawArticle;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlainTextArticleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AP , Monday 19 Oct 2020          | AP      | 2020-10-19",
        "Reuters, 19 October 2020         | Reuters | 2020-10-19",
        "AFP, Mon 19 Oct. 2020            | AFP     | 2020-10-19",
        "Example Wire, October 19, 2020   | Example Wire | 2020-10-19",
        "DW, 2020-10-19                   | DW      | 2020-10-19",
        "Agency, Tuesday, 1st Sept 2020   | Agency  | 2020-09-01",
        "Agency, 3 Mar 2021 14:05 GMT     | Agency  | 2021-03-03",
    })
    void readsLenientDatelines(final String line, final String source, final String date) {
        final Optional<PlainTextArticle.Dateline> dateline = PlainTextArticle.dateline(line);
        assertTrue(dateline.isPresent(), line);
        assertEquals(source, dateline.get().source());
        assertEquals(LocalDate.parse(date), dateline.get().date());
    }

    @Test
    void aDateAloneIsADatelineWithoutSource() {
        final PlainTextArticle.Dateline dateline = PlainTextArticle.dateline("Monday 19 Oct 2020").orElseThrow();
        assertNull(dateline.source());
        assertEquals(LocalDate.of(2020, 10, 19), dateline.date());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "In Geneva, the talks resumed on 19 October 2020 after months of fighting between the sides.",
        "Military leaders met on Monday in hopes of a breakthrough.",
        "AP, 31 Feb 2020",
        "Mayor, 12 Mayor 2020",
        "Reuters 19 October 2020",
        "",
    })
    void sentencesAndImpossibleDatesAreNotDatelines(final String line) {
        assertTrue(PlainTextArticle.dateline(line).isEmpty(), line);
    }

    @Test
    void dropsOnlyATrailingShortLink() {
        final RawArticle article = PlainTextArticle.parse("""
                Title

                Reuters, 2 March 2026

                The short link: is mentioned here.

                Short link: https://example.org/s/abc
                """);
        assertEquals("The short link: is mentioned here.", article.body());
        assertEquals("Reuters", article.source());
    }

    @Test
    void aTitleAloneHasNoBody() {
        final RawArticle article = PlainTextArticle.parse("Only a title\n");
        assertEquals("Only a title", article.title());
        assertNull(article.body());
    }

    @Test
    void emptyTextIsInvalid() {
        assertThrows(InvalidArticleException.class, () -> PlainTextArticle.parse(" \n\n"));
    }
}
