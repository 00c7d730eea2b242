package io.newsflow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.ArticleValidator;
import io.newsflow.common.article.RawArticle;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ArticleGeneratorTest {

    @Test
    void theSameSeedWritesTheSameArticles() {
        final ArticleGenerator a = new ArticleGenerator(7, 600);
        final ArticleGenerator b = new ArticleGenerator(7, 600);
        for (int i = 0; i < 20; i++) {
            assertEquals(a.next("x-" + i, i), b.next("x-" + i, i));
        }
        assertNotEquals(new ArticleGenerator(8, 600).next("x-0", 0), new ArticleGenerator(7, 600).next("x-0", 0));
    }

    @Test
    void articlesAreAboutTheAskedLengthAndValid() {
        final ArticleGenerator generator = new ArticleGenerator(1, 600);
        final List<RawArticle> articles = IntStream.range(0, 50).mapToObj(i -> generator.next("gen-" + i, i)).toList();
        for (RawArticle article : articles) {
            final int tokens = ArticleGenerator.countTokens(article.body());
            assertTrue(tokens >= 600 && tokens < 700, "tokens " + tokens);
            assertEquals(List.of(), new ArticleValidator(ArticleValidator.DEFAULT_MAX_BODY_BYTES).problems(article));
        }
    }

    @Test
    void articlesNamePeoplePlacesAndTrackCues() {
        final String body = new ArticleGenerator(3, 600).next("gen-1", 1).body();
        assertTrue(body.matches("(?s).*\\b(Tripoli|Geneva|Cairo|Moscow|Ankara|Nairobi|Lagos|Berlin|Paris|Madrid|Lima"
                + "|Jakarta|Manila|Ottawa|Warsaw|Brasilia|Hanoi|Accra|Tunis|Benghazi)\\b.*"), body);
        assertTrue(body.matches("(?s).*\\b(ceasefire|troops|parliament|elections|inflation|exports|tariffs|army"
                + "|government|interest rates)\\b.*"), body);
        assertTrue(body.matches("(?s).*\\b[A-Z][a-z]+ [A-Z][a-z]+, the (foreign|defence|finance|central|army"
                + "|opposition|trade|prime|envoy).*"), body);
    }

    @Test
    void countsWhitespaceSeparatedTokens() {
        assertEquals(0, ArticleGenerator.countTokens("  "));
        assertEquals(3, ArticleGenerator.countTokens(" a  b\nc "));
    }
}
