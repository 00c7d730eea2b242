package io.newsflow.tagger.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NewsEntityTaggerTest {

    private static final NewsEntityTagger TAGGER = NewsEntityTagger.load();

    /** The seed article: its first line is the title; the body starts after the dateline. */
    private static String[] seed() throws IOException {
        final String text = Files.readString(Path.of("..", "seeds", "2020-10-19-un-libya-military-talks.txt"),
                StandardCharsets.UTF_8);
        final String title = text.substring(0, text.indexOf('\n'));
        final int dateline = text.indexOf("2020\n");
        return new String[] {title, text.substring(dateline + 5).strip()};
    }

    @Test
    void seedPeopleAreExactlyTheFourNamedWithTheirRoles() throws IOException {
        final String[] seed = seed();
        final EntityTags tags = TAGGER.tag(seed[0], seed[1]);
        assertEquals(Set.of("Stephanie Williams", "Sergey Lavrov", "Khalifa Haftar", "Muammar Gaddafii"),
                Set.copyOf(names(tags.people())), tags.people().toString());
        assertEquals("Foreign Minister", entity(tags.people(), "Sergey Lavrov").role());
        // "Williams'" and "Haftar's": the possessives are mentions of the full names.
        assertTrue(texts(entity(tags.people(), "Stephanie Williams")).contains("Williams"));
        assertTrue(texts(entity(tags.people(), "Khalifa Haftar")).contains("Haftar"));
        assertOffsets(tags, seed[0], seed[1]);
    }

    @Test
    void seedOrganizationsJoinAcronymsToTheirNames() throws IOException {
        final String[] seed = seed();
        final EntityTags tags = TAGGER.tag(seed[0], seed[1]);
        final Entity un = entity(tags.organizations(), "United Nations");
        assertTrue(texts(un).containsAll(Set.of("UN", "U.N.", "United Nations")), un.toString());
        assertTrue(un.mentions().stream().anyMatch(m -> Mention.TITLE.equals(m.field())), "title mention of the UN");
        assertNotNull(entity(tags.organizations(), "Joint Military Commission"));
        assertNotNull(entity(tags.organizations(), "Libyan National Army"));
        assertEquals(1, tags.organizations().stream().filter(e -> texts(e).contains("U.N.")).count());
    }

    @Test
    void seedPlacesAreThePlacesAndNothingElse() throws IOException {
        final String[] seed = seed();
        final EntityTags tags = TAGGER.tag(seed[0], seed[1]);
        assertTrue(names(tags.places()).containsAll(List.of("Geneva", "Moscow", "Tripoli", "Sirte", "Libya", "Tunisia")),
                tags.places().toString());
        for (Entity e : concat(tags.people(), tags.places())) {
            assertFalse(e.name().contains("talks") || e.name().contains("Short") || e.name().contains("link"),
                    e.toString());
        }
    }

    @Test
    void aHeadlineInCapitalsJoinsTheBodysEntities() {
        final String title = "UN ENVOY MEETS HAFTAR IN BENGHAZI";
        final String body = "The United Nations envoy met Khalifa Haftar in Benghazi on Sunday. "
                + "Haftar's aides said the talks had been useful.";
        final EntityTags tags = TAGGER.tag(title, body);
        final Entity haftar = entity(tags.people(), "Khalifa Haftar");
        assertTrue(haftar.mentions().stream().anyMatch(m -> Mention.TITLE.equals(m.field()) && m.text().equals("HAFTAR")),
                haftar.toString());
        assertTrue(texts(entity(tags.organizations(), "United Nations")).contains("UN"), tags.toString());
        assertEquals(Set.of("Khalifa Haftar"), Set.copyOf(names(tags.people())), tags.toString());
        assertOffsets(tags, title, body);
    }

    @Test
    void anAcronymInBracketsIsTheNameBeforeIt() {
        final String body = "The Joint Military Commission (JMC) met in Geneva on Monday. "
                + "Members of the JMC said they would meet again in November.";
        final EntityTags tags = TAGGER.tag("", body);
        final Entity jmc = entity(tags.organizations(), "Joint Military Commission");
        assertEquals(List.of("Joint Military Commission", "JMC", "JMC"), texts(jmc), tags.toString());
    }

    @Test
    void titlesBecomeRolesAndLaterSurnamesJoinTheFullName() {
        final String body = "German Foreign Minister Annalena Baerbock met Secretary-General Antonio Guterres in "
                + "New York. Baerbock said the meeting had been constructive, and Guterres agreed.";
        final EntityTags tags = TAGGER.tag("", body);
        final Entity baerbock = entity(tags.people(), "Annalena Baerbock");
        assertEquals("Foreign Minister", baerbock.role());
        assertEquals(List.of("Annalena Baerbock", "Baerbock"), texts(baerbock));
        assertEquals("Secretary-General", entity(tags.people(), "Antonio Guterres").role());
        assertEquals(2, tags.people().size(), tags.people().toString());
    }

    @Test
    void aNameGluedIntoAHyphenatedWordIsNoMention() {
        final String body = "Geneva-based diplomats said the talks in Geneva would resume.";
        final EntityTags tags = TAGGER.tag("", body);
        final Entity geneva = entity(tags.places(), "Geneva");
        assertEquals(1, geneva.mentions().size(), geneva.toString());
        assertEquals(body.lastIndexOf("Geneva"), geneva.mentions().get(0).start());
    }

    @Test
    void resultsTablesNameTeamsAndEventsAreNoOrganizations() throws IOException {
        final String text = resource("football.txt");
        final int nl = text.indexOf('\n');
        final EntityTags tags = TAGGER.tag(text.substring(0, nl), text.substring(nl).strip());
        final List<String> orgs = names(tags.organizations());
        assertTrue(orgs.containsAll(List.of("Riverside United", "Harbour Town", "Northgate", "Portland Rovers")),
                orgs.toString());
        assertFalse(orgs.contains("UEFA"), orgs.toString());
        assertTrue(names(tags.places()).contains("Madrid"));
        assertEquals(4, entity(tags.organizations(), "Harbour Town").mentions().size(), tags.toString());
        assertTrue(entity(tags.organizations(), "Riverside United").mentions().stream()
                .anyMatch(m -> Mention.TITLE.equals(m.field())), "the headline joins the body's entity");
    }

    @Test
    void aLegalFormAndALoneFirstWordAreTheCompany() throws IOException {
        final String text = resource("takeover.txt");
        final int nl = text.indexOf('\n');
        final EntityTags tags = TAGGER.tag(text.substring(0, nl), text.substring(nl).strip());
        assertTrue(texts(entity(tags.organizations(), "Harbor Logistics")).contains("Harbor Logistics Inc"));
        assertTrue(texts(entity(tags.organizations(), "Nordsk Shipping")).contains("Nordsk"), tags.toString());
        assertFalse(names(tags.people()).contains("Nordsk"));
        assertEquals("Chief Executive", entity(tags.people(), "Laura Jensen").role());
    }

    @Test
    void everyCorrectionCanBeLeftOutAndTheCrfStillTags() {
        final NewsEntityTagger bare = NewsEntityTagger.withSteps(Set.of());
        final EntityTags tags = bare.tag("", "Angela Merkel met Emmanuel Macron in Berlin.");
        assertEquals(Set.of("Angela Merkel", "Emmanuel Macron"), Set.copyOf(names(tags.people())));
        assertEquals(List.of("Berlin"), names(tags.places()));
    }

    @Test
    void oneInstanceServesManyThreadsAlike() throws Exception {
        final String[] seed = seed();
        final List<String> texts = List.of(resource("summit.txt"), resource("takeover.txt"), resource("football.txt"));
        final List<EntityTags> expected = new ArrayList<>();
        expected.add(TAGGER.tag(seed[0], seed[1]));
        texts.forEach(t -> expected.add(TAGGER.tag("", t)));
        final ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            final List<Future<List<EntityTags>>> results = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                results.add(pool.submit((Callable<List<EntityTags>>) () -> {
                    final List<EntityTags> out = new ArrayList<>();
                    out.add(TAGGER.tag(seed[0], seed[1]));
                    texts.forEach(t -> out.add(TAGGER.tag("", t)));
                    return out;
                }));
            }
            for (Future<List<EntityTags>> result : results) {
                assertEquals(expected, result.get(2, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void emptyTextHasNoEntities() {
        assertEquals(EntityTags.NONE, TAGGER.tag("", ""));
        assertEquals(EntityTags.NONE, TAGGER.tag("", " \n\n "));
    }

    static String resource(final String name) throws IOException {
        try (InputStream in = NewsEntityTaggerTest.class.getResourceAsStream("/io/newsflow/tagger/ner/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void assertOffsets(final EntityTags tags, final String title, final String body) {
        for (Entity e : concat(concat(tags.people(), tags.organizations()), tags.places())) {
            for (Mention m : e.mentions()) {
                final String text = Mention.TITLE.equals(m.field()) ? title : body;
                assertEquals(m.text(), text.substring(m.start(), m.end()), e.toString());
            }
        }
    }

    private static List<Entity> concat(final List<Entity> a, final List<Entity> b) {
        final List<Entity> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Entity entity(final List<Entity> entities, final String name) {
        return entities.stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + entities));
    }

    private static List<String> names(final List<Entity> entities) {
        return entities.stream().map(Entity::name).collect(Collectors.toList());
    }

    private static List<String> texts(final Entity entity) {
        return entity.mentions().stream().map(Mention::text).collect(Collectors.toList());
    }
}
