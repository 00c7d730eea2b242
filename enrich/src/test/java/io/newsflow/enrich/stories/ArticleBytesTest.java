package io.newsflow.enrich.stories;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Enrichment;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.common.article.Story;
import io.newsflow.common.article.TrackEvidence;
import io.newsflow.common.article.TrackTag;
import io.newsflow.common.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleBytesTest {

    private static final String BODY = "Delegates of the two militaries met in Ørsta on Tuesday and agreed a \"ceasefire\""
            + " along the coast road; the envoy, Zoë Lindqvist, said the talks — the third round — would resume"
            + " next week.\nA second paragraph with a tab\tand a backslash \\ stays as it is.";

    private static EnrichedArticle tagged(final String id) {
        final String name = "Zoë Lindqvist";
        final int at = BODY.indexOf(name);
        return new EnrichedArticle(id, "https://news.example.org/" + id, "Militaries agree “ceasefire”", BODY,
                "wire", "2026-03-02T08:00:00Z", "en", 3L, "2026-03-02T08:00:05Z",
                List.of(new Entity(name, List.of(new Mention(Mention.BODY, at, at + name.length(), name)))),
                List.of(), List.of(), List.of("NO"),
                List.of(new TrackTag(TrackTag.MILITARY, 0.82, List.of(new TrackEvidence(Mention.BODY, 0, 40,
                        "Delegates of the two militaries met", List.of("militaries", "ceasefire"))))),
                TrackTag.MILITARY, true, new Enrichment(7, "2026-03-02T08:00:06Z", 1234L, List.of()));
    }

    @Test
    void theArticleWithItsStoryIsTheJsonTheMapperWritesForIt() {
        for (Story story : List.of(Story.of("a1"), new Story("a1", "a0", 0.873), new Story("ü-1", null, null))) {
            final EnrichedArticle article = tagged("a1");
            final byte[] expected = Json.writeBytes(article.withStory(story));
            assertArrayEquals(expected, ArticleBytes.withStory(Json.writeBytes(article), article, story),
                    new String(expected, StandardCharsets.UTF_8));
        }
    }

    @Test
    void anArticleThatAlreadyHasAStoryIsWrittenAgainWithTheNewOne() {
        final EnrichedArticle old = tagged("a2").withStory(Story.of("old"));
        final Story story = new Story("new", "a0", 0.7);
        assertEquals(new String(Json.writeBytes(old.withStory(story)), StandardCharsets.UTF_8),
                new String(ArticleBytes.withStory(Json.writeBytes(old), old, story), StandardCharsets.UTF_8));
    }
}
