package io.newsflow.tagger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.common.article.RawArticle;
import io.newsflow.tagger.geo.PlaceResolver;
import io.newsflow.tagger.lang.LanguageDetector;
import io.newsflow.tagger.lang.LanguagePolicy;
import io.newsflow.tagger.ner.EntityTags;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which articles the English taggers read, and what the others carry instead of tags. */
class EnricherLanguageTest {

    private static final String SPANISH = "Los agricultores de los valles del norte se preparan para un segundo verano"
            + " seco consecutivo, y varias cooperativas han pedido al gobierno regional que abra antes las compuertas.";
    private static final String ENGLISH = "Rescue teams worked through the night to reach villagers cut off by the"
            + " landslide, which swept away a bridge and part of the only road into the valley.";

    private final AtomicInteger read = new AtomicInteger();
    private final Enricher enricher = new Enricher((title, body) -> {
        read.incrementAndGet();
        return new EntityTags(List.of(new Entity("Rescue", List.of(new Mention(Mention.BODY, 0, 6, "Rescue")))),
                List.of(), List.of());
    }, PlaceResolver.unresolved(), Enrichers.noTracks(), new LanguagePolicy(LanguageDetector.shared()),
            Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void aSpanishArticleIsNotReadByTheEnglishTaggersAndSaysWhy() {
        final EnrichedArticle out = enricher.enrich("es-1", raw(null, SPANISH), 7L);
        assertEquals(0, read.get(), "the English entity tagger never saw it");
        assertEquals("es", out.language());
        assertEquals("language:es", out.enrichment().skipped());
        assertTrue(out.people().isEmpty() && out.locations().isEmpty() && out.tracks().isEmpty());
        assertNull(out.primaryTrack());
        assertEquals(7L, out.revision());
        assertEquals(SPANISH, out.body(), "the text is kept as it came");
        assertEquals(Enricher.VERSION, out.enrichment().version());
        assertEquals("2026-11-30T12:00:00Z", out.enrichment().enrichedAt());
    }

    @Test
    void anEnglishArticleIsTaggedAndCarriesItsLanguage() {
        final EnrichedArticle out = enricher.enrich("en-1", raw(null, ENGLISH), 7L);
        assertEquals(1, read.get());
        assertEquals("en", out.language());
        assertNull(out.enrichment().skipped());
        assertFalse(out.people().isEmpty());
    }

    @Test
    void theDeclaredLanguageIsNormalizedAndHonouredWhenTheTextIsTooShort() {
        final EnrichedArticle out = enricher.enrich("de-1", new RawArticle("de-1", null, "Streik", null, "wire", null,
                "de-AT", 1L, null), 0L);
        assertEquals(0, read.get());
        assertEquals("de", out.language());
        assertEquals("language:de", out.enrichment().skipped());
    }

    private static RawArticle raw(final String language, final String body) {
        return new RawArticle("x", null, null, body, "wire", null, language, null, null);
    }
}
