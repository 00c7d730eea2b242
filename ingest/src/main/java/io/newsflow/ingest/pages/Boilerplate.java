package io.newsflow.ingest.pages;

import org.jsoup.nodes.Element;

/**
 * Removes what is never a page's main text: code, styles, navigation, page headers and footers, sidebars, forms,
 * embedded frames and media, and what the page itself marks as hidden or as navigation. Comments need no removal:
 * they are not text and {@link ParagraphWriter} never reads them.
 */
final class Boilerplate {

    /** Elements that never hold main text, by tag, by ARIA role, or hidden. */
    private static final String JUNK = String.join(",",
            "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe",
            "frame", "frameset", "object", "embed", "svg", "math", "canvas", "video", "audio", "picture", "img",
            "button", "input", "select", "textarea", "label", "dialog", "menu", "link", "meta", "head",
            "[hidden]", "[aria-hidden=true]", "[role=navigation]", "[role=banner]", "[role=contentinfo]",
            "[role=complementary]", "[role=search]", "[role=dialog]", "[role=menu]", "[role=menubar]");

    private Boilerplate() {
    }

    /** Removes every boilerplate element under {@code root} (not {@code root} itself). */
    static void strip(final Element root) {
        for (Element junk : root.select(JUNK)) {
            if (junk != root && junk.parent() != null) {
                junk.remove();
            }
        }
    }
}
