package io.newsflow.ingest.pages;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The length of the text under every element, how much of it is link text, and its commas, counted in one walk of
 * the tree. Scoring asks these of many nested elements; counting each anew would cost the square of a deeply
 * nested page's size.
 */
final class TextStats {

    /** What one element holds; lengths count each run of whitespace as one character. */
    static final class Counts {
        int text;
        int link;
        int commas;
        /** True when a direct child is a block (a paragraph, a list, a table...): the element is not a paragraph. */
        boolean blockChild;

        double linkDensity() {
            return text == 0 ? 0 : Math.min(1.0, (double) link / text);
        }
    }

    /** Tags that start a block of text: an element holding one directly is a container, not a paragraph. */
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "pre", "blockquote", "table",
            "ul", "ol", "dl", "h1", "h2", "h3", "h4", "h5", "h6", "figure", "address", "hr", "center", "details");

    private static final Counts NONE = new Counts();

    private final Map<Element, Counts> counts = new IdentityHashMap<>();

    private TextStats() {
    }

    /** Counts the text of every element under {@code root}, {@code root} included. */
    static TextStats of(final Element root) {
        final TextStats stats = new TextStats();
        NodeTraversor.traverse(stats.new Counter(), root);
        return stats;
    }

    Counts get(final Element element) {
        return counts.getOrDefault(element, NONE);
    }

    /** Adds each text node to every element above it, a child's counts to its parent's when the child is done. */
    private final class Counter implements NodeVisitor {

        @Override
        public void head(final Node node, final int depth) {
            if (node instanceof Element e) {
                counts.put(e, new Counts());
            }
        }

        @Override
        public void tail(final Node node, final int depth) {
            final Element parent = node.parent() instanceof Element p ? p : null;
            final Counts into = parent == null ? null : counts.get(parent);
            if (into == null) {
                return;
            }
            if (node instanceof TextNode t) {
                final String text = t.getWholeText();
                into.text += collapsedLength(text);
                into.commas += commas(text);
                if (parent.nameIs("a")) {
                    into.link += collapsedLength(text);
                }
            } else if (node instanceof Element e) {
                final Counts c = counts.get(e);
                into.text += c.text;
                into.commas += c.commas;
                into.link += e.nameIs("a") ? c.text : c.link;
                into.blockChild |= BLOCKS.contains(e.normalName());
            }
        }
    }

    /** The length of {@code s} once every run of whitespace is one character and the ends are trimmed. */
    static int collapsedLength(final String s) {
        int n = 0;
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            if (ParagraphWriter.isSpace(s.charAt(i))) {
                space = true;
            } else {
                n += space && n > 0 ? 2 : 1;
                space = false;
            }
        }
        return n;
    }

    /** Commas, in the scripts that use others than ','. */
    private static int commas(final String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (c == ',' || c == '\uFF0C' || c == '\u3001' || c == '\u060C') {
                n++;
            }
        }
        return n;
    }
}
