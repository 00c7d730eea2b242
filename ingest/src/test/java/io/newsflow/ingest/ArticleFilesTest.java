package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.ArticleIds;
import io.newsflow.common.article.RawArticle;
import io.newsflow.ingest.pages.TestPages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    /** Surefire runs in the module directory; the seed lives at the root of the project. */
    private static final Path SEED = Path.of("..", "seeds", "2020-10-19-un-libya-military-talks.txt");

    @TempDir
    Path dir;

    @Test
    void readsTheSeedArticle() {
        final List<ArticleFiles.Entry> entries = ArticleFiles.read(SEED);

        assertEquals(1, entries.size());
        final ArticleFiles.Entry entry = entries.get(0);
        assertTrue(entry.ok(), entry.reason());
        assertEquals(0, entry.line());
        final RawArticle article = entry.article();
        assertEquals("UN hosts Libyan military leaders in hopes of end to conflict", article.title());
        assertEquals("AP", article.source());
        assertEquals("2020-10-19", article.publishedAt());
        assertNull(article.id());
        assertNull(article.url());
        assertTrue(article.body().startsWith("Monday's meeting marks the fourth round of talks"), article.body());
        assertTrue(article.body().endsWith("the gateway to Libya's major oil export terminals."), article.body());
        assertFalse(article.body().contains("Short link"));
        assertFalse(article.body().contains("AP , Monday"));
        assertTrue(article.body().contains("Stephanie Williams\n\nLibya talks\nThis handout picture"));
        assertFalse(article.body().contains("\n\n\n"));
    }

    @Test
    void theSeedGetsTheSameContentIdEveryTime() {
        final RawArticle first = ArticleFiles.read(SEED).get(0).article();
        final RawArticle second = ArticleFiles.read(SEED).get(0).article();
        final String id = ArticleIds.idOf(first);

        assertEquals(id, ArticleIds.idOf(second));
        assertEquals(ArticleIds.fromContent("AP", first.title(), first.body()), id);
        assertTrue(id.startsWith("sha-"));
    }

    @Test
    void readsJsonAndJsonLinesFilesInPathOrder() throws IOException {
        write("b/two.jsonl", """
                {"id":"wire-2","title":"Second","body":"Two."}

                {"id":"wire-3","title":"Third","body":"Three."}
                """);
        write("a.json", "{\"id\":\"wire-1\",\"title\":\"First\",\"publishedAt\":\"2026-02-01\"}");
        write("c.ndjson", "{\"title\":\"Fourth\"}\r\n");
        write("notes.md", "# not an article");
        write(".hidden.json", "{\"title\":\"Hidden\"}");

        final List<ArticleFiles.Entry> entries = ArticleFiles.read(dir);

        assertEquals(List.of("First", "Second", "Third", "Fourth"),
                entries.stream().map(e -> e.article().title()).toList());
        assertEquals("2026-02-01", entries.get(0).article().publishedAt());
        assertEquals(dir.resolve("a.json"), entries.get(0).file());
        assertEquals(1, entries.get(1).line());
        assertEquals(3, entries.get(2).line());
        assertEquals(dir.resolve("b/two.jsonl") + ":3", entries.get(2).location());
    }

    @Test
    void badLinesAreReportedWithFileAndLine() throws IOException {
        final Path file = write("mixed.jsonl", """
                {"title":"Fine"}
                {"title": broken
                [1, 2]
                {"title":{"text":"wrong type"}}
                """);

        final List<ArticleFiles.Entry> entries = ArticleFiles.read(file);

        assertEquals(4, entries.size());
        assertTrue(entries.get(0).ok());
        assertFalse(entries.get(1).ok());
        assertEquals(file + ":2", entries.get(1).location());
        assertTrue(entries.get(1).reason().startsWith("json: "), entries.get(1).reason());
        assertEquals("article", entries.get(2).problems().get(0).field());
        assertEquals("title", entries.get(3).problems().get(0).field());
    }

    @Test
    void missingEmptyAndUnsupportedFilesAreEntriesWithProblems() throws IOException {
        assertFalse(ArticleFiles.read(dir.resolve("nope.txt")).get(0).ok());
        assertFalse(ArticleFiles.read(write("empty.txt", "\n  \n")).get(0).ok());
        assertFalse(ArticleFiles.read(write("empty.jsonl", "")).get(0).ok());
        assertFalse(ArticleFiles.read(write("notes.md", "# x")).get(0).ok());
        assertFalse(ArticleFiles.read(write("array.json", "[{\"title\":\"x\"}]")).get(0).ok());
    }

    @Test
    void textWithoutDatelineStartsTheBodyRightAfterTheTitle() throws IOException {
        final Path file = write("plain.txt", """
                \uFEFFCity council approves new budget

                The council voted 7 to 2 on Tuesday evening.
                Members debated for four hours.

                The budget takes effect in July.
                """);

        final RawArticle article = ArticleFiles.read(file).get(0).article();

        assertEquals("City council approves new budget", article.title());
        assertNull(article.source());
        assertNull(article.publishedAt());
        assertEquals("The council voted 7 to 2 on Tuesday evening.\nMembers debated for four hours.\n\n"
                + "The budget takes effect in July.", article.body());
    }

    @Test
    void anHtmlFileIsItsMainTextInTheCharsetItDeclares() throws IOException {
        final List<String> paragraphs = List.of("Die Fähre über den Rhein fährt ab Montag wieder, teilte die"
                + " Stadt mit, nachdem der Pegel gesunken ist.");
        final Path page = dir.resolve("faehre.htm");
        Files.write(page, TestPages.articlePage("<meta charset=\"iso-8859-1\">", paragraphs)
                .getBytes(StandardCharsets.ISO_8859_1));
        write("empty.html", "<html><body><nav>Home</nav></body></html>");

        final List<ArticleFiles.Entry> entries = ArticleFiles.read(dir);

        assertEquals(2, entries.size());
        assertFalse(entries.get(0).ok());
        assertEquals("file", entries.get(0).problems().get(0).field());
        final RawArticle article = entries.get(1).article();
        assertEquals("Quay to close for repairs", article.title());
        assertEquals(paragraphs.get(0), article.body());
    }

    private Path write(final String name, final String text) throws IOException {
        final Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
