package io.newsflow.ingest.pages;

/**
 * The main text of a web page.
 *
 * @param title the page's headline ({@code og:title}, else its single {@code h1} or {@code <title>}); null when it
 *              has none
 * @param text the main text, paragraphs separated by a blank line, whitespace within each collapsed; never empty
 * @param charset the name of the charset the bytes were decoded with; null when the page was given as text
 */
public record ExtractedPage(String title, String text, String charset) {
}
