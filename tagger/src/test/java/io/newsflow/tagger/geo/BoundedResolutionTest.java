package io.newsflow.tagger.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.tagger.ner.EntityTags;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An article that names thousands of places, many of them in one area, resolves in bounded time. */
class BoundedResolutionTest {

    @Test
    void thousandsOfDistinctPlaceNamesResolveQuickly() {
        final Gazetteer gazetteer = Gazetteer.shared();
        final Set<String> names = new LinkedHashSet<>();
        for (int i = 0; i < gazetteer.size() && names.size() < 4000; i++) {
            final GazetteerEntry e = gazetteer.entry(i);
            // towns of one country, so that their points crowd the same cells
            if (e.kind() == GazetteerEntry.TOWN && "US".equals(e.countryCode()) && e.name().matches("[A-Z][a-z]+")) {
                names.add(e.name());
            }
        }
        final StringBuilder body = new StringBuilder();
        final List<Entity> places = new ArrayList<>();
        for (String name : names) {
            final List<Mention> mentions = new ArrayList<>();
            for (int k = 0; k < 3; k++) {
                final int start = body.length();
                body.append(name).append(", ");
                mentions.add(new Mention(Mention.BODY, start, start + name.length(), name));
            }
            places.add(new Entity(name, mentions));
        }
        final String text = body.toString();
        final EntityTags tags = new EntityTags(List.of(), List.of(), places);
        final GazetteerPlaceResolver resolver = new GazetteerPlaceResolver(gazetteer);
        final GeoTags geo = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> resolver.resolve("", text, tags));
        assertEquals(names.size(), geo.places().stream().mapToInt(p -> p.mentions().size()).sum() / 3,
                "every mention kept");
    }
}
