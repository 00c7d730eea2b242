package io.newsflow.tagger.stories;

import static io.newsflow.tagger.stories.StoryArticles.FIRE;
import static io.newsflow.tagger.stories.StoryArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Story;
import io.newsflow.common.article.StoryView;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryIndexTest {

    private final StoryIndex index = StoryIndex.inMemory(StoryOptions.DEFAULT);

    private static EnrichedArticle fire(final String id, final String title, final String body, final String date) {
        return article(id, title, body, date, List.of("Ilse Marquardt"), List.of("Valdora"), List.of("XV"));
    }

    /** The fire report as another outlet runs it: new headline, dateline, a word changed, last third cut, a footer. */
    static String syndicated() {
        final String[] paragraphs = FIRE.split("\n\n");
        return "VALDORA (Coastal Wire) - " + paragraphs[0].replace("overnight", "late on Tuesday") + "\n\n"
                + paragraphs[1].replace("seriously", "badly") + "\n\n"
                + paragraphs[2].substring(0, paragraphs[2].indexOf(". The port operator") + 1) + "\n\n"
                + "Reporting by Tomas Lindqvist; editing by Ana Ruiz. Copyright Coastal Wire. All rights reserved.";
    }

    @Test
    void anEditedCopyIsADuplicateOfTheOriginalAndJoinsItsStory() {
        final Story original = index.assign(fire("a1", "Fire shuts Valdora port", FIRE, "2026-03-02T08:00:00Z"));
        final Story copy = index.assign(fire("a2", "Dock workers evacuated as blaze hits grain store", syndicated(),
                "2026-03-02T11:30:00Z"));

        assertEquals(new Story("a1", null, null), original);
        assertEquals("a1", copy.id());
        assertEquals("a1", copy.duplicateOf());
        assertTrue(copy.similarity() >= 0.6, "similarity " + copy.similarity());
    }

    @Test
    void aCopyOfACopyPointsAtTheEarliestArticle() {
        index.assign(fire("a1", "Fire shuts Valdora port", FIRE, "2026-03-02T08:00:00Z"));
        index.assign(fire("a2", "Blaze at Valdora", syndicated(), "2026-03-02T11:30:00Z"));
        final Story third = index.assign(fire("a3", "Port fire", syndicated() + "\n\nMore to follow.",
                "2026-03-02T12:00:00Z"));

        assertEquals("a1", third.duplicateOf());
        assertEquals("a1", third.id());
    }

    @Test
    void aReWordedReportOfTheSameEventJoinsTheStoryWithoutBeingACopy() {
        index.assign(fire("a1", "Fire shuts Valdora port", FIRE, "2026-03-02T08:00:00Z"));
        final Story other = index.assign(fire("b1", "Valdora grain warehouse fire: faulty panel suspected",
                "Firefighters spent the night fighting flames at a barley warehouse in Valdora's port, where"
                        + " some two hundred dock workers had to leave their posts. Ilse Marquardt, the harbour"
                        + " master, told reporters three firefighters needed treatment for smoke but no one was"
                        + " badly injured. Fire service investigators are looking at a faulty electrical panel by"
                        + " the loading bay. Shipping through the port, a hub for grain exports, was halted until"
                        + " midday and freight costs may rise while engineers inspect the berths.",
                "2026-03-02T15:00:00Z"));

        assertEquals("a1", other.id());
        assertNull(other.duplicateOf());
    }

    @Test
    void twoEarthquakesInDifferentCountriesAreTwoStories() {
        final Story first = index.assign(article("q1", "Deadly earthquake strikes near Kestrel",
                "A magnitude 6.1 earthquake struck near Kestrel early on Sunday, collapsing houses and cutting"
                        + " power to thousands of homes. Rescue teams searched the rubble through the night and"
                        + " governor Oren Halvi said at least 12 people had died. Aftershocks rattled the area and"
                        + " residents slept outdoors, fearing further collapses.", "2026-05-10",
                List.of("Oren Halvi"), List.of("Kestrel"), List.of("AA")));
        final Story second = index.assign(article("q2", "Earthquake kills seven in Morvane",
                "Seven people were killed when a strong earthquake shook Morvane on Sunday, the country's civil"
                        + " protection agency said. Houses collapsed in several villages and power was cut."
                        + " Lucia Benedetti, the interior minister, said rescue teams were searching the rubble"
                        + " and that residents had been told to stay outdoors because of aftershocks.", "2026-05-10",
                List.of("Lucia Benedetti"), List.of("Morvane"), List.of("BB")));

        assertEquals("q1", first.id());
        assertEquals("q2", second.id());
        assertNull(second.duplicateOf());
    }

    @Test
    void talksOnOneCountryAndTalksOnAnotherInTheSameCityAreTwoStories() {
        index.assign(article("t1", "Libya talks resume in Geneva",
                "Delegations met in Geneva on Monday for a new round of United Nations-backed talks on Libya,"
                        + " aiming to agree a ceasefire and a timetable for elections. The envoy said both sides"
                        + " had shown willingness to compromise, but disputes over the central bank and oil revenue"
                        + " remain.", "2026-06-01", List.of(), List.of("Libya", "Geneva"), List.of("LY", "CH")));
        final Story yemen = index.assign(article("t2", "Yemen's warring parties return to Geneva",
                "Yemen's government and rebel negotiators returned to Geneva on Monday for United Nations"
                        + " talks on a ceasefire, a prisoner exchange and the reopening of the airport. The envoy"
                        + " told reporters the parties were willing to compromise but remained far apart on"
                        + " sharing oil revenue and paying salaries through the central bank.", "2026-06-01",
                List.of(), List.of("Yemen", "Geneva"), List.of("YE", "CH")));

        assertEquals("t2", yemen.id());
    }

    @Test
    void theSameStoryAMonthLaterIsANewStoryAndTheOldOneIsEvicted() {
        index.assign(fire("a1", "Fire shuts Valdora port", FIRE, "2026-03-02T08:00:00Z"));
        final Story later = index.assign(fire("a2", "Fire shuts Valdora port", FIRE, "2026-04-02T08:00:00Z"));

        assertEquals("a2", later.id());
        assertNull(index.state().story("a1"));
        assertNull(index.state().article("a1"));
        assertEquals(1, index.state().storyCount());
    }

    @Test
    void aRevisionKeepsItsStoryAndARetractionOfTheLastArticleRemovesTheStory() {
        index.assign(fire("a1", "Fire shuts Valdora port", FIRE, "2026-03-02T08:00:00Z"));
        final Story copy = index.assign(fire("a2", "Blaze", syndicated(), "2026-03-02T09:00:00Z"));
        assertEquals(copy, index.assign(fire("a2", "Blaze, updated", syndicated(), "2026-03-02T10:00:00Z")));

        assertEquals("a1", index.retract("a1"));
        assertNotNull(index.state().story("a1"), "a2 is still in it");
        assertEquals("a1", index.retract("a2"));
        assertNull(index.state().story("a1"));
        assertNull(index.retract("a2"));
    }

    @Test
    void theViewOfAStoryListsItsArticlesAndWhatTheyNameAndIsGoneWithItsLastArticle() {
        index.assign(fire("a1", "Fire shuts Valdora port", FIRE, "2026-03-02T08:00:00Z"));
        index.assign(fire("a2", "Blaze at Valdora", syndicated(), "2026-03-02T11:30:00Z"));

        final StoryView view = index.view("a1");
        assertEquals("Fire shuts Valdora port", view.title());
        assertEquals("2026-03-02T08:00:00Z", view.firstSeen());
        assertEquals("2026-03-02T11:30:00Z", view.lastSeen());
        assertEquals(List.of(new StoryView.Article("a1", "Fire shuts Valdora port", "test", "2026-03-02T08:00:00Z", null),
                new StoryView.Article("a2", "Blaze at Valdora", "test", "2026-03-02T11:30:00Z", "a1")), view.articles());
        assertEquals(List.of("Ilse Marquardt"), view.people());
        assertEquals(List.of("Valdora"), view.places());
        assertEquals(List.of("XV"), view.countries());
        assertEquals(List.of("test"), view.sources());

        index.retract("a1");
        assertEquals(List.of("a2"), index.view("a1").articles().stream().map(StoryView.Article::id).toList());
        index.retract("a2");
        assertNull(index.view("a1"), "a story left with no article is a tombstone");
    }

    @Test
    void theWindowHoldsAtMostMaxStories() {
        final StoryIndex small = StoryIndex.inMemory(StoryOptions.DEFAULT.withJoinThreshold(1.0)
                .withDuplicateThreshold(1.0));
        final StoryIndex capped = new StoryIndex(new InMemoryStoryState(),
                new StoryOptions(StoryOptions.DEFAULT.window(), 1.0, 1.0, 10));
        for (int i = 0; i < 30; i++) {
            final EnrichedArticle a = article("n" + i, "Item " + i, "Note on w" + i + "x, w" + i + "y and w" + i + "z", "2026-03-02",
                    List.of(), List.of(), List.of());
            small.assign(a);
            capped.assign(a);
        }
        assertEquals(30, small.state().storyCount());
        assertEquals(10, capped.state().storyCount());
        assertNotEquals(null, capped.state().story("n29"));
    }
}
