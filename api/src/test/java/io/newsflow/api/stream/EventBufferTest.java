package io.newsflow.api.stream;

import static io.newsflow.api.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.api.query.ArticleFilter;
import io.newsflow.api.query.Params;
import io.newsflow.common.article.EnrichedArticle;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EventBufferTest {

    private static final ArticleFilter ALL = ArticleFilter.from(new Params(name -> null));
    private static final ArticleFilter LIBYA = ArticleFilter.from(new Params(Map.of("country", "LY")::get));

    private static LiveEvent publish(final EventBuffer b, final EnrichedArticle a) {
        return b.publish(LiveEvent.ARTICLE, new byte[] {'{', '}'}, a);
    }

    @Test
    void idsIncreaseAndAResumeGetsTheKeptEventsAfterItThatMatch() {
        final EventBuffer b = new EventBuffer(3, 10, 10, 100);
        publish(b, article("a").country("LY").build());
        publish(b, article("b").country("TN").build());
        publish(b, article("c").country("LY").build());
        final LiveEvent retraction = b.publish(LiveEvent.RETRACTION, new byte[] {'{', '}'}, null);
        assertEquals(103, retraction.id());
        final Subscriber s = b.subscribe(LIBYA, 101L);
        assertFalse(s.reset());
        assertEquals(List.of(102L, 103L), s.replay().stream().map(LiveEvent::id).toList());
        // Event 100 is no longer kept (capacity 3): resuming after 99 would miss it.
        assertTrue(b.subscribe(ALL, 99L).reset());
        assertTrue(b.subscribe(ALL, 500L).reset());
        assertFalse(b.subscribe(ALL, 100L).reset());
        assertEquals(0, b.subscribe(ALL, 103L).replay().size());
    }

    @Test
    void liveEventsAreFilteredPerSubscriberAndRetractionsGoToAll() throws Exception {
        final EventBuffer b = new EventBuffer(10, 10, 10, 1);
        final Subscriber libya = b.subscribe(LIBYA, null);
        publish(b, article("t").country("TN").build());
        publish(b, article("l").country("LY").build());
        b.publish(LiveEvent.RETRACTION, new byte[] {'{', '}'}, null);
        assertEquals("l", libya.next(1, TimeUnit.SECONDS).article().id());
        assertEquals(LiveEvent.RETRACTION, libya.next(1, TimeUnit.SECONDS).type());
        assertEquals(null, libya.next(10, TimeUnit.MILLISECONDS));
    }

    @Test
    void aSlowSubscriberIsDroppedAndTheOthersGoOn() throws Exception {
        final EventBuffer b = new EventBuffer(100, 10, 2, 1);
        final Subscriber slow = b.subscribe(ALL, null);
        final Subscriber fast = b.subscribe(ALL, null);
        for (int i = 0; i < 5; i++) {
            publish(b, article("x" + i).build());
            assertEquals("x" + i, fast.next(1, TimeUnit.SECONDS).article().id());
        }
        assertTrue(slow.dropped());
        assertEquals(1, b.subscribers());
        slow.next(1, TimeUnit.SECONDS);
        slow.next(1, TimeUnit.SECONDS);
        assertThrows(SubscriptionEndedException.class, () -> slow.next(1, TimeUnit.SECONDS));
    }

    @Test
    void subscribersAreCappedAndClosingEndsThem() throws Exception {
        final EventBuffer b = new EventBuffer(10, 1, 10, 1);
        final Subscriber s = b.subscribe(ALL, null);
        assertThrows(TooManySubscribersException.class, () -> b.subscribe(ALL, null));
        b.close();
        assertThrows(SubscriptionEndedException.class, () -> s.next(1, TimeUnit.SECONDS));
    }
}
