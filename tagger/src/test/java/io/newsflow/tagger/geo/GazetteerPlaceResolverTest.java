package io.newsflow.tagger.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.common.article.Place;
import io.newsflow.tagger.ner.EntityTags;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class GazetteerPlaceResolverTest {

    private static final GazetteerPlaceResolver RESOLVER = GazetteerPlaceResolver.shared();

    /** Tags every whole-word occurrence of the given names as a place, as an entity tagger would. */
    static EntityTags places(final String title, final String body, final String... names) {
        return tags(title, body, List.of(names), List.of());
    }

    static EntityTags tags(final String title, final String body, final List<String> placeNames,
            final List<String> organizationNames) {
        return new EntityTags(List.of(), find(title, body, organizationNames), find(title, body, placeNames));
    }

    private static List<Entity> find(final String title, final String body, final List<String> names) {
        final Map<String, List<Mention>> byName = new LinkedHashMap<>();
        for (String name : names) {
            final Pattern p = Pattern.compile("\\b" + Pattern.quote(name) + "\\b");
            for (String field : List.of(Mention.TITLE, Mention.BODY)) {
                final String text = Mention.TITLE.equals(field) ? title : body;
                final Matcher m = p.matcher(text);
                while (m.find()) {
                    byName.computeIfAbsent(name, k -> new ArrayList<>())
                            .add(new Mention(field, m.start(), m.end(), name));
                }
            }
        }
        final List<Entity> out = new ArrayList<>();
        byName.forEach((n, ms) -> out.add(new Entity(n, ms)));
        return out;
    }

    static Place place(final GeoTags tags, final String name) {
        return tags.places().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no place " + name + " in " + tags.places()));
    }

    @Test
    void parisIsInFranceUnlessTheTextSaysTexas() {
        final String body = "The delegation flew to Paris on Monday for two days of meetings.";
        assertEquals("FR", place(RESOLVER.resolve("", body, places("", body, "Paris")), "Paris").countryCode());

        final String texas = "The county fair in Paris, Texas, drew a record crowd on Saturday.";
        final Place paris = place(RESOLVER.resolve("", texas, places("", texas, "Paris")), "Paris");
        assertEquals("US", paris.countryCode());
        assertEquals("Texas", paris.admin1());
    }

    @Test
    void georgiaBesideAtlantaIsTheState() {
        final String body = "Storms moved across Georgia overnight, and flights out of Atlanta were delayed.";
        final GeoTags geo = RESOLVER.resolve("", body, places("", body, "Georgia", "Atlanta"));
        final Place georgia = place(geo, "Georgia");
        assertEquals("US", georgia.countryCode());
        assertEquals("A", georgia.featureClass());
        assertEquals("Georgia", georgia.admin1());

        final String caucasus = "Georgia and Russia exchanged notes after the talks in Tbilisi.";
        final GeoTags geo2 = RESOLVER.resolve("", caucasus, places("", caucasus, "Georgia", "Russia", "Tbilisi"));
        assertEquals("GE", place(geo2, "Georgia").countryCode());
    }

    @Test
    void townStateAbbreviationDecidesTheTown() {
        final String body = "The plant in Springfield, Ill., will close next year.";
        final GeoTags geo = RESOLVER.resolve("", body, places("", body, "Springfield"));
        final Place springfield = place(geo, "Springfield");
        assertEquals("Illinois", springfield.admin1());
        // the qualifier is a place of its own
        assertEquals("Illinois", place(geo, "Ill.").admin1());
    }

    @Test
    void demonymsAreEvidenceNotPlaces() {
        final String body = "Lebanese soldiers patrolled the port of Tripoli on Sunday.";
        final GeoTags geo = RESOLVER.resolve("", body, places("", body, "Tripoli"));
        assertEquals("LB", place(geo, "Tripoli").countryCode());
        assertEquals(1, geo.places().size(), "a demonym is not added as a place");
        assertEquals(List.of("LB"), geo.countries());

        final GeoTags plain = RESOLVER.resolve("", "The port of Tripoli reopened.",
                places("", "The port of Tripoli reopened.", "Tripoli"));
        assertEquals(2210247L, place(plain, "Tripoli").geonameId());
    }

    @Test
    void findsAStateInsideAnOrganizationName() {
        final String body = "The Texas Department of Transportation closed two lanes near the river.";
        final GeoTags geo = RESOLVER.resolve("", body,
                tags("", body, List.of(), List.of("Texas Department of Transportation")));
        final Place texas = place(geo, "Texas");
        assertEquals(4736286L, texas.geonameId());
        assertEquals(new Mention(Mention.BODY, 4, 9, "Texas"), texas.mentions().get(0));
    }

    @Test
    void unknownPlaceKeepsItsMentionsUnresolved() {
        final String body = "Residents of Qwertzville gathered at the old mill.";
        final GeoTags geo = RESOLVER.resolve("", body, places("", body, "Qwertzville"));
        final Place p = place(geo, "Qwertzville");
        assertNull(p.geonameId());
        assertNull(p.lat());
        assertEquals(1, p.mentions().size());
        assertEquals("Qwertzville", body.substring(p.mentions().get(0).start(), p.mentions().get(0).end()));
    }

    @Test
    void everyPlaceOnceWithAllItsMentions() {
        final String title = "Floods in Bavaria";
        final String body = "Bavaria declared an emergency as rivers rose. Munich and Bavaria's north were hit.";
        final GeoTags geo = RESOLVER.resolve(title, body, places(title, body, "Bavaria", "Munich"));
        assertEquals(2, geo.places().size());
        final Place bavaria = place(geo, "Bavaria");
        assertEquals(3, bavaria.mentions().size());
        assertEquals("DE", bavaria.countryCode());
        assertEquals("DE", place(geo, "Munich").countryCode());
        assertNotNull(place(geo, "Munich").population());
        assertEquals("DE", geo.countries().get(0));
    }
}
