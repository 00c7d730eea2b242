package io.newsflow.api.store;

/** The names of the api's state stores (their changelogs are {@code <application id>-<name>-changelog}). */
public final class ApiStores {

    /** Article id -> the article JSON exactly as on {@code news.articles.current}. */
    public static final String ARTICLES = "api-articles";
    /** Article id -> the {@link KeyList} it wrote. */
    public static final String KEYS = "api-article-keys";
    /** {@link IndexKeys} -> nothing: the secondary indexes. */
    public static final String INDEX = "api-index";
    /** {@code facet\0value} -> {@link Counts}. */
    public static final String COUNTS = "api-counts";
    /** Story id -> the StoryView JSON exactly as on {@code news.stories.current}. */
    public static final String STORIES = "api-stories";

    private ApiStores() {
    }
}
