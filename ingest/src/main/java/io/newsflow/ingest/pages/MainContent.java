package io.newsflow.ingest.pages;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Finds the elements that hold a page's main text, after the scoring of Arc90's Readability (which Mozilla's
 * reader view continues): every paragraph of some length gives points to its parent and, less, to the two
 * elements above it (more for commas and length); a container's points grow or shrink with the names of its class
 * and id and shrink with its share of link text. The best container is the main text, with those of its siblings
 * that score nearly as well or are paragraphs of prose. Within it, lists, tables and blocks that are mostly links
 * or are named as comments, shares or promotions are dropped.
 */
final class MainContent {

    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose");
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|com-|contact|foot|masthead|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
                    + "|sponsor|shopping|tags|tool|widget|advert|\\bad-|\\bads?\\b|cookie|newsletter|subscribe|social"
                    + "|breadcrumb|menu|\\bnav|popup|modal|banner|byline|recommend|trending|most-read");
    /** Tags whose text counts as a paragraph for scoring. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "td");
    /** Tags that count as a paragraph when they hold no block of their own. */
    private static final Set<String> LOOSE = Set.of("div", "section", "article", "main", "span", "font", "center");
    /** Tags dropped from the main text when they look like navigation or promotion rather than prose. */
    private static final Set<String> CONDITIONAL = Set.of("ul", "ol", "dl", "table", "div", "section", "figure");
    private static final int MIN_PARAGRAPH = 25;
    private static final int LEVELS = 3;

    private MainContent() {
    }

    /** The elements under {@code body} that hold the main text, in document order; never empty. */
    static List<Element> of(final Element body) {
        final TextStats stats = TextStats.of(body);
        final Map<Element, Double> scores = new IdentityHashMap<>();
        final Element above = body.parent();
        for (Element e : body.getAllElements()) {
            final TextStats.Counts c = stats.get(e);
            if (c.text < MIN_PARAGRAPH || !isParagraph(e, c)) {
                continue;
            }
            final double points = 1 + c.commas + Math.min(c.text / 100, 3);
            // Points stay within the body: <html> or the document holding the text would bring the head along.
            Element ancestor = e.parent();
            for (int level = 0; level < LEVELS && ancestor != null && ancestor != above;
                    level++, ancestor = ancestor.parent()) {
                final double share = points / (level == 0 ? 1 : level * 2);
                scores.put(ancestor, scores.computeIfAbsent(ancestor, MainContent::initialScore) + share);
            }
        }
        Element top = null;
        double best = 0;
        for (Map.Entry<Element, Double> s : scores.entrySet()) {
            final double score = s.getValue() * (1 - stats.get(s.getKey()).linkDensity());
            s.setValue(score);
            if (score > best) {
                best = score;
                top = s.getKey();
            }
        }
        final List<Element> chosen = top == null || top == body ? List.of(body) : withSiblings(top, best, scores, stats);
        for (Element e : chosen) {
            dropClutter(e, stats);
        }
        return chosen;
    }

    private static boolean isParagraph(final Element e, final TextStats.Counts c) {
        final String tag = e.normalName();
        return PARAGRAPHS.contains(tag) || LOOSE.contains(tag) && !c.blockChild;
    }

    private static double initialScore(final Element e) {
        final double byTag = switch (e.normalName()) {
            case "article", "main" -> 10;
            case "div", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return byTag + classWeight(e);
    }

    /** +25 for a class or id that names content, -25 for one that names clutter, each of the two counted. */
    static int classWeight(final Element e) {
        return weight(e.className()) + weight(e.id());
    }

    private static int weight(final String name) {
        if (name.isEmpty()) {
            return 0;
        }
        final String n = name.toLowerCase(Locale.ROOT);
        int w = 0;
        if (NEGATIVE.matcher(n).find()) {
            w -= 25;
        }
        if (POSITIVE.matcher(n).find()) {
            w += 25;
        }
        return w;
    }

    /** {@code top} and the siblings that belong with it, in document order. */
    private static List<Element> withSiblings(final Element top, final double best, final Map<Element, Double> scores,
            final TextStats stats) {
        final Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        final double threshold = Math.max(10, best * 0.2);
        final List<Element> chosen = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top || belongs(sibling, top, threshold, scores, stats)) {
                chosen.add(sibling);
            }
        }
        return chosen;
    }

    private static boolean belongs(final Element sibling, final Element top, final double threshold,
            final Map<Element, Double> scores, final TextStats stats) {
        final double bonus = !top.className().isEmpty() && top.className().equals(sibling.className())
                ? threshold : 0;
        if (scores.getOrDefault(sibling, 0.0) + bonus >= threshold) {
            return true;
        }
        if (!sibling.nameIs("p")) {
            return false;
        }
        final TextStats.Counts c = stats.get(sibling);
        final double density = c.linkDensity();
        if (c.text > 80) {
            return density < 0.25;
        }
        return c.text > 0 && density == 0 && sibling.text().matches("(?s).*\\.( .*|$)");
    }

    /** Removes, under {@code root}, the blocks that are mostly links or are named as clutter. */
    private static void dropClutter(final Element root, final TextStats stats) {
        final TextStats.Counts whole = stats.get(root);
        for (Element e : root.getAllElements()) {
            if (e == root || e.parent() == null || !CONDITIONAL.contains(e.normalName())) {
                continue;
            }
            final TextStats.Counts c = stats.get(e);
            final int weight = classWeight(e);
            // Only what is small beside the whole: a page that names its one big container "sidebar-layout" keeps it.
            final boolean small = c.text * 2 < whole.text;
            if (small && (weight < 0 || weight < 25 && c.linkDensity() > 0.5)) {
                e.remove();
            }
        }
    }
}
