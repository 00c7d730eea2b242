package io.newsflow.tagger.stories;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.common.article.Place;
import java.util.ArrayList;
import java.util.List;

/** Articles written for the story tests, with the tags the tagger would give them set by hand. */
final class StoryArticles {

    /** A made-up report of a harbour fire, four paragraphs. */
    static final String FIRE = String.join("\n\n",
            "A fire broke out overnight in a grain warehouse at the port of Valdora, forcing the evacuation of"
                    + " two hundred dock workers and halting ship traffic for most of the morning, harbour officials"
                    + " said.",
            "The blaze started shortly after two o'clock in a storage shed holding barley awaiting export and"
                    + " spread to a neighbouring conveyor hall before firefighters brought it under control around"
                    + " dawn. Harbour master Ilse Marquardt said nobody had been seriously hurt, although three"
                    + " firefighters were treated for smoke inhalation at the scene.",
            "Investigators from the regional fire service were examining an electrical panel near the loading"
                    + " bay, which workers had reported as faulty last month. The port operator, Valdora Terminals,"
                    + " said it would cooperate fully with the inquiry and compensate shipping lines for delays.",
            "Grain exports through Valdora have doubled over the past two years as farmers in the surrounding"
                    + " plains turned to barley and rapeseed. Traders said the closure could push up freight costs"
                    + " for the rest of the week while damaged berths are inspected by structural engineers.");

    private StoryArticles() {
    }

    static EnrichedArticle article(final String id, final String title, final String body, final String publishedAt,
            final List<String> people, final List<String> places, final List<String> countries) {
        final List<Entity> persons = new ArrayList<>();
        for (String name : people) {
            persons.add(new Entity(name, List.of(new Mention(Mention.BODY, 0, name.length(), name))));
        }
        final List<Place> locations = new ArrayList<>();
        for (String name : places) {
            locations.add(new Place(name, List.of(new Mention(Mention.BODY, 0, name.length(), name)),
                    (long) Math.abs(name.hashCode()), countries.isEmpty() ? null : countries.get(0), null, 0.0, 0.0,
                    "P", 1000L));
        }
        return new EnrichedArticle(id, null, title, body, "test", publishedAt, "en", 1L, null, persons, List.of(),
                locations, countries, List.of(), null, false, null);
    }
}
