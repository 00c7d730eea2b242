package io.newsflow.api;

import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Enrichment;
import io.newsflow.common.article.Mention;
import io.newsflow.common.article.Place;
import io.newsflow.common.article.Story;
import io.newsflow.common.article.TrackTag;
import java.util.ArrayList;
import java.util.List;

/** Enriched articles written for the tests, built field by field. */
public final class TestArticles {

    private String id;
    private String title = "Delegations meet for a second round";
    private String body = "The delegations met again on Monday to discuss the ceasefire line.";
    private String publishedAt = "2021-03-01T10:00:00Z";
    private long revision = 1;
    private final List<Entity> people = new ArrayList<>();
    private final List<Entity> orgs = new ArrayList<>();
    private final List<Place> places = new ArrayList<>();
    private final List<String> countries = new ArrayList<>();
    private final List<TrackTag> tracks = new ArrayList<>();
    private boolean talks;
    private Story story;

    private TestArticles(final String id) {
        this.id = id;
    }

    public static TestArticles article(final String id) {
        return new TestArticles(id);
    }

    public TestArticles title(final String v) {
        title = v;
        return this;
    }

    public TestArticles body(final String v) {
        body = v;
        return this;
    }

    public TestArticles at(final String v) {
        publishedAt = v;
        return this;
    }

    public TestArticles revision(final long v) {
        revision = v;
        return this;
    }

    public TestArticles person(final String name) {
        people.add(new Entity(name, List.of(new Mention(Mention.BODY, 0, name.length(), name))));
        return this;
    }

    public TestArticles org(final String name) {
        orgs.add(new Entity(name, List.of()));
        return this;
    }

    public TestArticles place(final String name, final long geonameId, final String country, final double lat,
            final double lon) {
        places.add(new Place(name, List.of(), geonameId, country, null, lat, lon, "P", 1000L));
        return this;
    }

    public TestArticles country(final String code) {
        countries.add(code);
        return this;
    }

    public TestArticles track(final String track) {
        tracks.add(new TrackTag(track, 0.9, List.of()));
        return this;
    }

    public TestArticles talks(final boolean v) {
        talks = v;
        return this;
    }

    public TestArticles story(final String storyId) {
        story = Story.of(storyId);
        return this;
    }

    public EnrichedArticle build() {
        return new EnrichedArticle(id, "https://news.example/" + id, title, body, "example", publishedAt, "en",
                revision, "2021-03-01T12:00:00Z", people, orgs, places, countries, tracks,
                tracks.isEmpty() ? null : tracks.get(0).track(), talks, new Enrichment(1, "2021-03-01T12:00:01Z", 1000), story);
    }
}
