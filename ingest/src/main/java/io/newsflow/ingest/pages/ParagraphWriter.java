package io.newsflow.ingest.pages;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Writes elements as plain text: each block (paragraph, heading, list item, quotation, table row, and any
 * {@code div} with text of its own) becomes a paragraph, paragraphs are separated by one blank line, and whitespace
 * within a paragraph is collapsed to single spaces. A {@code <br>} ends a paragraph too: pages that lay out text
 * with line breaks mean them as breaks, and the tagger cuts sentences at line breaks anyway. Writing stops at
 * {@code maxChars}, after the last whole paragraph or word that fits.
 */
final class ParagraphWriter implements NodeFilter {

    private static final Set<String> BREAKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4",
            "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tfoot",
            "tr", "caption", "figure", "figcaption", "address", "hr", "br", "center", "details", "summary", "body",
            "legend", "fieldset");
    private static final Set<String> CELLS = Set.of("td", "th");
    private static final String SEPARATOR = "\n\n";

    private final int maxChars;
    private final StringBuilder out = new StringBuilder();
    private final StringBuilder paragraph = new StringBuilder();
    private boolean full;

    private ParagraphWriter(final int maxChars) {
        this.maxChars = maxChars;
    }

    /** The text of {@code roots}, in order, at most {@code maxChars} long. */
    static String write(final List<Element> roots, final int maxChars) {
        final ParagraphWriter writer = new ParagraphWriter(maxChars);
        for (Element root : roots) {
            if (NodeTraversor.filter(writer, root) == FilterResult.STOP) {
                break;
            }
            writer.endParagraph();
        }
        writer.endParagraph();
        return writer.out.toString();
    }

    static boolean isSpace(final char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
    }

    @Override
    public FilterResult head(final Node node, final int depth) {
        if (node instanceof TextNode t) {
            append(t.getWholeText());
        } else if (node instanceof Element e) {
            if (BREAKS.contains(e.normalName())) {
                endParagraph();
            } else if (CELLS.contains(e.normalName())) {
                paragraph.append(' ');
            }
        }
        return full ? FilterResult.STOP : FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(final Node node, final int depth) {
        if (node instanceof Element e && BREAKS.contains(e.normalName())) {
            endParagraph();
        }
        return full ? FilterResult.STOP : FilterResult.CONTINUE;
    }

    /** Appends {@code text} with its whitespace collapsed; a paragraph never grows past what may still be written. */
    private void append(final String text) {
        boolean space = paragraph.length() > 0 && paragraph.charAt(paragraph.length() - 1) == ' ';
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            if (isSpace(c)) {
                if (!space) {
                    paragraph.append(' ');
                    space = true;
                }
            } else {
                paragraph.append(c);
                space = false;
            }
        }
        if (out.length() + paragraph.length() > maxChars + SEPARATOR.length()) {
            endParagraph();
        }
    }

    private void endParagraph() {
        final String text = paragraph.toString().strip();
        paragraph.setLength(0);
        if (text.isEmpty() || full) {
            return;
        }
        final int room = maxChars - out.length() - (out.length() > 0 ? SEPARATOR.length() : 0);
        if (room <= 0) {
            full = true;
            return;
        }
        if (out.length() > 0) {
            out.append(SEPARATOR);
        }
        if (text.length() <= room) {
            out.append(text);
            return;
        }
        // Cut at the last space that fits, else mid-word; never between the halves of a surrogate pair.
        int cut = text.lastIndexOf(' ', room);
        if (cut <= 0) {
            cut = Character.isLowSurrogate(text.charAt(room)) ? room - 1 : room;
        }
        out.append(text, 0, cut);
        full = true;
    }
}
