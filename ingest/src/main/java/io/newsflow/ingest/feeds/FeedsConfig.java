package io.newsflow.ingest.feeds;

import io.newsflow.common.config.ConfigChecks;
import io.newsflow.common.config.ConfigException;
import io.newsflow.common.config.ConfigOption;
import io.newsflow.common.config.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The feeds ingest polls and how: the URLs of {@code --feed} and of the {@code --feeds-file} (one a line,
 * {@code #} comments, optionally followed by the feed's own interval: {@code URL 15m}), the interval
 * between two polls of a feed, whether each item's page is fetched for its body, and the timeout and size
 * limit of every fetch.
 *
 * @param intervals the feeds that have an interval of their own; the others are polled every {@code pollInterval}
 */
public record FeedsConfig(List<URI> feeds, Duration pollInterval, Map<URI, Duration> intervals, boolean fetchPages,
        Duration fetchTimeout, int maxFetchBytes, String contact) {

    public static final String URLS = "ingest.feeds.urls";
    public static final String FILE = "ingest.feeds.file";
    public static final String POLL_INTERVAL = "ingest.feeds.poll.interval";
    public static final String FETCH_PAGES = "ingest.feeds.fetch.pages";
    public static final String FETCH_TIMEOUT = "ingest.feeds.fetch.timeout";
    public static final String MAX_FETCH_BYTES = "ingest.feeds.max.fetch.bytes";
    public static final String CONTACT = "ingest.feeds.contact";

    /** Most feeds one process polls, and the largest feeds file it reads: far above any real list. */
    static final int MAX_FEEDS = 10_000;
    static final int MAX_FILE_BYTES = 4 * 1024 * 1024;
    private static final Duration MIN_INTERVAL = Duration.ofMillis(500);
    private static final Duration MAX_INTERVAL = Duration.ofDays(1);

    /** No feeds: nothing is polled. */
    public static final FeedsConfig NONE = new FeedsConfig(List.of(), Duration.ofMinutes(5), Map.of(), false,
            Duration.ofSeconds(10), 5 * 1024 * 1024, "");

    public static final List<ConfigOption> OPTIONS = List.of(
            new ConfigOption(URLS, "", "feed URLs to poll (RSS 2.0, RSS 1.0, Atom), separated by spaces")
                    .alsoFlag("feed").repeated(),
            new ConfigOption(FILE, "", "file of feed URLs to poll, one a line, each optionally followed by its own"
                    + " interval (URL 15m); # starts a comment")
                    .alsoFlag("feeds-file"),
            new ConfigOption(POLL_INTERVAL, "5m", "time between two polls of a feed (10 % jitter; longer after errors)")
                    .alsoFlag("poll-interval"),
            new ConfigOption(FETCH_PAGES, "false", "fetch each new item's page and take its text as the body")
                    .alsoFlag("fetch-pages"),
            new ConfigOption(FETCH_TIMEOUT, "10s", "longest a feed or page fetch may take, connection to last byte"),
            new ConfigOption(MAX_FETCH_BYTES, String.valueOf(5 * 1024 * 1024),
                    "largest feed or page read, in bytes; a larger one is not read"),
            new ConfigOption(CONTACT, "", "URL or e-mail address for site owners, sent in the User-Agent header"));

    public FeedsConfig {
        feeds = List.copyOf(feeds);
        if (feeds.size() > MAX_FEEDS) {
            throw new ConfigException("at most " + MAX_FEEDS + " feeds, got " + feeds.size());
        }
        requireInterval(POLL_INTERVAL, pollInterval);
        intervals = Map.copyOf(intervals);
        if (fetchTimeout == null || fetchTimeout.toMillis() < 100 || fetchTimeout.compareTo(Duration.ofMinutes(5)) > 0) {
            throw new ConfigException(FETCH_TIMEOUT + " must be between 100ms and 5m, was " + fetchTimeout);
        }
        ConfigChecks.requireRange(MAX_FETCH_BYTES, maxFetchBytes, 1024, 256 * 1024 * 1024);
        contact = contact == null ? "" : contact.strip();
        if (contact.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new ConfigException(CONTACT + " must be printable ASCII, was '" + contact + "'");
        }
    }

    /** Reads and checks the settings; the feeds file is read now, so that a missing one stops the start. */
    public static FeedsConfig from(final Settings settings) {
        final Set<URI> feeds = new LinkedHashSet<>();
        final Map<URI, Duration> intervals = new HashMap<>();
        final String urls = settings.get(URLS);
        if (urls != null) {
            for (String url : urls.strip().split("\\s+")) {
                if (!url.isEmpty()) {
                    feeds.add(feedUri(url, "--feed"));
                }
            }
        }
        final String file = settings.get(FILE);
        if (file != null && !file.isBlank()) {
            readFile(Path.of(file.strip()), intervals).forEach(feeds::add);
        }
        return new FeedsConfig(new ArrayList<>(feeds), settings.getDuration(POLL_INTERVAL), intervals,
                settings.getBoolean(FETCH_PAGES), settings.getDuration(FETCH_TIMEOUT),
                settings.getInt(MAX_FETCH_BYTES, 1024, 256 * 1024 * 1024), settings.get(CONTACT));
    }

    /** {@code newsflow/VERSION (+CONTACT)}: names newsflow to the sites it reads, and whom to ask. */
    public String userAgent() {
        final String version = FeedsConfig.class.getPackage().getImplementationVersion();
        return "newsflow/" + (version == null ? "dev" : version)
                + (contact.isEmpty() ? " (news feed reader)" : " (news feed reader; +" + contact + ")");
    }

    public boolean enabled() {
        return !feeds.isEmpty();
    }

    /** How often {@code feed} is polled: its own interval, else {@link #pollInterval()}. */
    public Duration intervalOf(final URI feed) {
        return intervals.getOrDefault(feed, pollInterval);
    }

    private static void requireInterval(final String name, final Duration interval) {
        if (interval == null || interval.compareTo(MIN_INTERVAL) < 0 || interval.compareTo(MAX_INTERVAL) > 0) {
            throw new ConfigException(name + " must be between 500ms and 1d, was " + interval);
        }
    }

    /**
     * The URLs of a feeds file: one a line, blank lines and {@code #} comments skipped; a line's second word
     * is the feed's own interval, put in {@code intervals}.
     */
    static List<URI> readFile(final Path path, final Map<URI, Duration> intervals) {
        final byte[] bytes;
        try (InputStream in = Files.newInputStream(path)) {
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException e) {
            throw new ConfigException("cannot read the feeds file " + path + ": " + e.getMessage(), e);
        }
        if (bytes.length > MAX_FILE_BYTES) {
            throw new ConfigException("the feeds file " + path + " is larger than " + MAX_FILE_BYTES + " bytes");
        }
        final List<URI> feeds = new ArrayList<>();
        final String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\r?\n|\r");
        for (int i = 0; i < lines.length; i++) {
            final int hash = lines[i].indexOf('#');
            final String line = (hash < 0 ? lines[i] : lines[i].substring(0, hash)).strip();
            if (line.isEmpty()) {
                continue;
            }
            final String where = path + ":" + (i + 1);
            final String[] words = line.split("\\s+");
            if (words.length > 2) {
                throw new ConfigException(where + ": expected URL [INTERVAL], got '" + line + "'");
            }
            final URI feed = feedUri(words[0], where);
            feeds.add(feed);
            if (words.length == 2) {
                final Duration interval = Settings.of(Map.of(where, words[1])).getDuration(where);
                requireInterval(where, interval);
                intervals.put(feed, interval);
            }
        }
        return feeds;
    }

    /** An absolute http or https URL, or a {@link ConfigException} naming where it was written. */
    static URI feedUri(final String text, final String where) {
        try {
            final URI uri = new URI(text);
            final String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ConfigException(where + ": not an http or https URL: " + text);
    }
}
