package io.newsflow.tagger.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.Place;
import io.newsflow.tagger.Enrichers;
import io.newsflow.tagger.ner.EntityTags;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 2020 Libya military talks article: every place where a reader would put it on the map. */
class SeedArticleTest {

    private static final Path SEED = Path.of("..", "seeds", "2020-10-19-un-libya-military-talks.txt");

    private static String[] titleAndBody() throws IOException {
        final String text = Files.readString(SEED, StandardCharsets.UTF_8);
        final int newline = text.indexOf('\n');
        return new String[] {text.substring(0, newline), text.substring(newline + 1)};
    }

    private static void assertSeedPlaces(final GeoTags geo) {
        final Place geneva = GazetteerPlaceResolverTest.place(geo, "Geneva");
        assertEquals(2660646L, geneva.geonameId());
        assertEquals("CH", geneva.countryCode());
        final Place moscow = GazetteerPlaceResolverTest.place(geo, "Moscow");
        assertEquals(524901L, moscow.geonameId());
        assertEquals("RU", moscow.countryCode());
        final Place tripoli = GazetteerPlaceResolverTest.place(geo, "Tripoli");
        assertEquals(2210247L, tripoli.geonameId());
        assertEquals("LY", tripoli.countryCode());
        assertEquals("LY", GazetteerPlaceResolverTest.place(geo, "Sirte").countryCode());
        assertEquals("TN", GazetteerPlaceResolverTest.place(geo, "Tunisia").countryCode());
        assertEquals("A", GazetteerPlaceResolverTest.place(geo, "Tunisia").featureClass());
        assertEquals(2215636L, GazetteerPlaceResolverTest.place(geo, "Libya").geonameId());
        assertEquals("LY", geo.countries().get(0));
        assertTrue(geo.countries().contains("TN"), geo.countries().toString());
        assertTrue(geo.places().stream().noneMatch(p -> p.name().startsWith("Libyan")), "demonyms are not places");
    }

    @Test
    void resolvesTheSeedPlaceNames() throws IOException {
        final String[] tb = titleAndBody();
        final EntityTags tags = GazetteerPlaceResolverTest.places(tb[0], tb[1],
                "Geneva", "Moscow", "Tripoli", "Sirte", "Tunisia", "Libya");
        final GeoTags geo = GazetteerPlaceResolver.shared().resolve(tb[0], tb[1], tags);
        assertSeedPlaces(geo);
        final Place libya = GazetteerPlaceResolverTest.place(geo, "Libya");
        assertEquals(tags.places().stream().filter(e -> e.name().equals("Libya")).findFirst().orElseThrow()
                .mentions().size(), libya.mentions().size());
    }

    @Test
    void resolvesTheSeedEndToEndWithTheProductionTagger() throws IOException {
        final String[] tb = titleAndBody();
        final GeoTags geo = GazetteerPlaceResolver.shared().resolve(tb[0], tb[1],
                Enrichers.standard().entityTagger().tag(tb[0], tb[1]));
        assertSeedPlaces(geo);
        final List<String> names = geo.places().stream().map(Place::name).toList();
        assertEquals(names.size(), names.stream().distinct().count(), "each place once: " + names);
    }
}
