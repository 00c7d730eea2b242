package io.newsflow.tagger.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import org.junit.jupiter.api.Test;

class CrfEntityTaggerTest {

    private final EntityTagger tagger = CrfEntityTagger.load();

    @Test
    void findsPeoplePlacesAndOrganizationsWithOffsetsIntoTheirField() {
        final String title = "Envoys meet in Geneva";
        final String body = "Angela Merkel met Emmanuel Macron in Berlin on Tuesday. "
                + "The European Union welcomed the meeting. Merkel later flew to Paris.";
        final EntityTags tags = tagger.tag(title, body);

        assertTrue(names(tags.people()).contains("Angela Merkel"), tags.toString());
        assertTrue(names(tags.people()).contains("Emmanuel Macron"), tags.toString());
        assertTrue(names(tags.places()).contains("Berlin"), tags.toString());
        assertTrue(names(tags.places()).contains("Geneva"), tags.toString());
        assertTrue(names(tags.organizations()).contains("European Union"), tags.toString());

        for (var list : java.util.List.of(tags.people(), tags.organizations(), tags.places())) {
            for (Entity e : list) {
                for (Mention m : e.mentions()) {
                    final String text = Mention.TITLE.equals(m.field()) ? title : body;
                    assertEquals(m.text(), text.substring(m.start(), m.end()));
                }
            }
        }
    }

    @Test
    void emptyTextHasNoEntities() {
        assertEquals(EntityTags.NONE, tagger.tag("", ""));
    }

    private static java.util.List<String> names(final java.util.List<Entity> entities) {
        return entities.stream().map(Entity::name).toList();
    }
}
