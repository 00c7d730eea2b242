package io.newsflow.tagger.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static final String SMALL = String.join("\n",
            "#A1\tUS.TX\tTexas",
            "#AB\tUS.TX\tTX|Tex.",
            "#D\tTexan\tUS",
            "#CAP\tUS\tWashington",
            "C\t6252001\tUnited States\tU.S.|USA\tA\tPCLI\tUS\t\t39.76\t-98.5\t",
            "A\t4736286\tTexas\tTex.\tA\tADM1\tUS\tTX\t31.25\t-99.25\t25000000",
            "P\t4717560\tParis\t\tP\tPPLA2\tUS\tTX\t33.66\t-95.56\t24782",
            "P\t\tSaint Jo\t\tP\tPPL\tUS\tTX\t33.69\t-97.52\t",
            "");

    private static Gazetteer small() throws IOException {
        return Gazetteer.read(new ByteArrayInputStream(SMALL.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsPlacesNamesAndFacts() throws IOException {
        final Gazetteer g = small();
        assertEquals(4, g.size());
        assertEquals(1, g.lookup("U.S.").length);
        assertEquals("US", g.entry(g.lookup("usa")[0]).countryCode());
        final GazetteerEntry paris = g.entry(g.lookup("PARIS")[0]);
        assertEquals(4717560L, paris.geonameId());
        assertEquals("US.TX", paris.admin1Key());
        assertEquals("Texas", g.admin1Name(paris.admin1Key()));
        assertEquals("US.TX", g.admin1ByAbbreviation("Tex."));
        assertEquals("US.TX", g.admin1ByAbbreviation("TX"));
        assertEquals("US", g.countryOfDemonym("Texan"));
        assertEquals("Washington", g.capital("US"));
        assertTrue(g.entry(g.admin1("US.TX")).isFirstLevelDivision());
        assertEquals(-1, g.country("FR"));
    }

    @Test
    void missingIdAndPopulationAreZero() throws IOException {
        final Gazetteer g = small();
        final GazetteerEntry stJo = g.entry(g.lookup("St. Jo")[0]);
        assertEquals(0L, stJo.geonameId());
        assertEquals(0L, stJo.population());
        assertNull(g.admin1Name(null));
    }

    @Test
    void sharedGazetteerKnowsTheWorld() {
        final Gazetteer g = Gazetteer.shared();
        assertSame(g, Gazetteer.shared());
        assertTrue(g.size() > 150_000);
        assertTrue(Arrays.stream(g.lookup("Geneva")).mapToLong(i -> g.entry(i).geonameId()).anyMatch(id -> id == 2660646L));
        assertEquals(2215636L, g.entry(g.country("LY")).geonameId());
        assertEquals("LY", g.countryOfDemonym("Libyan"));
        assertNotEquals(-1, g.admin1("US.GA"));
        assertEquals(28.0, g.entry(g.country("LY")).lat(), 1e-9);
    }

    @Test
    void distanceOnTheSphere() {
        // one degree of latitude is about 111 km
        assertEquals(111.2, GazetteerEntry.distanceKm(0, 0, 1, 0), 0.5);
        assertEquals(0.0, GazetteerEntry.distanceKm(46.2, 6.1, 46.2, 6.1), 1e-9);
    }
}
