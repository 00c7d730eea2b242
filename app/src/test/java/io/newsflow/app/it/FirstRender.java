package io.newsflow.app.it;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * How long the web page took to show its first page of the feed and its map, from the start of the
 * navigation, as the page itself marks them (performance marks newsflow:feed-rendered and
 * newsflow:map-rendered), with the browser's first contentful paint beside them.
 */
record FirstRender(long feedMs, long mapMs, long firstPaintMs) {

    private static final String READ_MARKS = "const at = n => { const e = performance.getEntriesByName(n)[0];"
            + " return e ? Math.round(e.startTime) : -1; };"
            + " return {feed: at('newsflow:feed-rendered'), map: at('newsflow:map-rendered'),"
            + " paint: at('first-contentful-paint')};";

    /** Loads the page and waits for both marks. */
    static FirstRender measure(final WebDriver driver, final URI page) {
        driver.get(page.toString());
        new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(50))
                .withMessage("the page's first render")
                .until(d -> "true".equals(((JavascriptExecutor) d)
                        .executeScript("return document.documentElement.dataset.ready")));
        @SuppressWarnings("unchecked")
        final Map<String, Object> marks = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript(READ_MARKS);
        return new FirstRender(number(marks.get("feed")), number(marks.get("map")), number(marks.get("paint")));
    }

    private static long number(final Object value) {
        return value instanceof Number n ? n.longValue() : -1;
    }

    @Override
    public String toString() {
        return "feed " + feedMs + " ms, map " + mapMs + " ms, first contentful paint " + firstPaintMs + " ms";
    }
}
