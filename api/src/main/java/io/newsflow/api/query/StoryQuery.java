package io.newsflow.api.query;

import io.newsflow.api.store.ArticleTerms;
import io.newsflow.api.store.IndexKeys;
import io.newsflow.api.store.Position;
import io.newsflow.common.article.StoryView;
import io.newsflow.common.json.Json;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

/**
 * {@code /api/stories} on one partition of the story store: every story read (at most {@value #MAX_SCAN}
 * per partition; stories are far fewer than articles), filtered, newest {@code lastSeen} first.
 */
public final class StoryQuery {

    public static final int MAX_SCAN = 100_000;

    private StoryQuery() {
    }

    /** The filters of {@code /api/stories}; null: not filtered. */
    public record Filter(String person, String country, String track, Instant since) {

        public static Filter from(final Params p) {
            final ArticleFilter checked = ArticleFilter.from(new Params(name -> switch (name) {
                case "person", "country", "track", "since" -> p.get(name);
                default -> null;
            }));
            final String person = p.get("person");
            return new Filter(person == null ? null : IndexKeys.normalizeName(person), p.get("country"),
                    p.get("track"), checked.since());
        }

        boolean matches(final StoryView s) {
            return (person == null || s.people().stream().anyMatch(n -> IndexKeys.normalizeName(n).equals(person)))
                    && (country == null || s.countries().stream().anyMatch(country::equalsIgnoreCase))
                    && (track == null || s.tracks().stream().anyMatch(track::equalsIgnoreCase))
                    && (since == null || !timeOf(s).isBefore(since));
        }
    }

    public static Page run(final ReadOnlyKeyValueStore<String, byte[]> stories, final Filter filter,
            final Position after, final int limit) {
        final List<Page.Item> matches = new ArrayList<>();
        int scanned = 0;
        try (KeyValueIterator<String, byte[]> it = stories.all()) {
            while (it.hasNext() && scanned++ < MAX_SCAN) {
                final KeyValue<String, byte[]> kv = it.next();
                final StoryView s = read(kv.value);
                if (s == null || !filter.matches(s)) {
                    continue;
                }
                final Position at = Position.of(timeOf(s), kv.key);
                if (after == null || at.compareTo(after) > 0) {
                    matches.add(new Page.Item(at, kv.value));
                }
            }
        }
        matches.sort(Comparator.comparing(Page.Item::position));
        if (matches.size() > limit) {
            final List<Page.Item> page = matches.subList(0, limit);
            return new Page(page, page.get(limit - 1).position());
        }
        return new Page(matches, null);
    }

    static Instant timeOf(final StoryView s) {
        final Instant t = ArticleTerms.parse(s.lastSeen());
        return t == null ? Instant.EPOCH : t;
    }

    private static StoryView read(final byte[] json) {
        try {
            return Json.read(json, StoryView.class);
        } catch (IOException e) {
            return null;
        }
    }
}
