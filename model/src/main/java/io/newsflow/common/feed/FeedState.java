package io.newsflow.common.feed;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What newsflow remembers of one feed between polls and across restarts, the value of {@code
 * news.feeds.state} under the feed's URL: the validators of its last answer for the next conditional
 * request, and the items it has published with the hash of their content. At most {@link #MAX_SEEN}
 * items are kept, the most recently seen; that is twice what one document may bring (ingest's feed
 * parser reads at most 1,000 items, and its tests hold the two together), so every item of the current
 * document is always remembered and only items long gone from the feed are forgotten. It lives with the
 * other topic payloads so that the topic contract is generated from it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonClassDescription("What ingest's feed poller remembers of one feed: the validators (etag, lastModified) of its "
        + "last answer, null when the server gave none, and the items it published with a hash of their"
        + " content (at most 2,000, the most recently seen).")
public record FeedState(String feed, String etag, String lastModified, List<Seen> items) {

    public static final int MAX_SEEN = 2_000;

    /** An item published (or found unpublishable) with this content hash, last seen in a document at {@code seenAt}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonClassDescription("An item published (or found unpublishable) with this content hash, last seen in the feed"
            + " at seenAt (epoch milliseconds).")
    public record Seen(String id, String hash, long seenAt) {
    }

    public FeedState {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public static FeedState empty(final String feed) {
        return new FeedState(feed, null, null, List.of());
    }

    /** The content hash each remembered item was published with. */
    public Map<String, String> hashes() {
        final Map<String, String> byId = new HashMap<>();
        items.forEach(s -> byId.put(s.id(), s.hash()));
        return byId;
    }

    /**
     * The state after a poll: the new validators, {@code seen} remembered (replacing what was known of
     * the same ids), then the most recently seen {@link #MAX_SEEN} kept.
     */
    public FeedState after(final String newEtag, final String newLastModified, final List<Seen> seen) {
        final Map<String, Seen> byId = new HashMap<>();
        items.forEach(s -> byId.put(s.id(), s));
        seen.forEach(s -> byId.put(s.id(), s));
        final List<Seen> kept = new ArrayList<>(byId.values());
        kept.sort(Comparator.comparingLong(Seen::seenAt).reversed().thenComparing(Seen::id));
        return new FeedState(feed, newEtag, newLastModified,
                kept.subList(0, Math.min(kept.size(), MAX_SEEN)));
    }
}
