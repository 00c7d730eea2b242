package io.newsflow.ingest.pages;

import org.jsoup.nodes.Element;

/**
 * Removes what is never a page's main text: code, styles, navigation, page headers and footers, sidebars, forms
 * (but one that wraps the page's text), embedded frames and media, and what the page itself marks as hidden or as navigation. Comments need no removal:
 * they are not text and {@link ParagraphWriter} never reads them.
 */
final class Boilerplate {

    /** Elements that never hold main text, by tag, by ARIA role, or hidden. */
    private static final String JUNK = String.join(",",
            "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "iframe",
            "frame", "frameset", "object", "embed", "svg", "math", "canvas", "video", "audio", "picture", "img",
            "button", "input", "select", "textarea", "label", "dialog", "menu", "link", "meta", "head",
            "[hidden]", "[aria-hidden=true]", "[role=navigation]", "[role=banner]", "[role=contentinfo]",
            "[role=complementary]", "[role=search]", "[role=dialog]", "[role=menu]", "[role=menubar]");

    private Boilerplate() {
    }

    /**
     * A form that holds the page's text: some sites (ASP.NET WebForms among them) wrap the whole body in one
     * form; any other form is a search box, a login or a newsletter sign-up.
     */
    private static final String TEXT_IN_FORM = "article, main, p:nth-of-type(3)";

    /** Removes every boilerplate element under {@code root} (not {@code root} itself). */
    static void strip(final Element root) {
        for (Element junk : root.select(JUNK)) {
            if (junk != root && junk.parent() != null) {
                junk.remove();
            }
        }
        for (Element form : root.select("form")) {
            if (form.parent() != null && form.selectFirst(TEXT_IN_FORM) == null) {
                form.remove();
            }
        }
    }
}
