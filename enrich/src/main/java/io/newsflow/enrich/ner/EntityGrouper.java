package io.newsflow.enrich.ner;

import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Groups typed spans into entities: one per type and canonical name, in order of first mention. */
final class EntityGrouper {

    private EntityGrouper() {
    }

    static EntityTags group(final List<Span> spans) {
        final Map<String, Map<String, Group>> byType = new LinkedHashMap<>();
        for (String type : List.of(Span.PER, Span.ORG, Span.LOC)) {
            byType.put(type, new LinkedHashMap<>());
        }
        for (Span span : spans) {
            final String name = span.canonical != null ? span.canonical : span.text();
            final Group group = byType.get(span.type).computeIfAbsent(name, Group::new);
            if (group.role == null && span.role != null) {
                group.role = span.role;
            }
            group.mentions.add(new Mention(span.field(), span.start(), span.end(),
                    span.sentence.text().substring(span.start(), span.end())));
        }
        return new EntityTags(entities(byType.get(Span.PER)), entities(byType.get(Span.ORG)),
                entities(byType.get(Span.LOC)));
    }

    private static List<Entity> entities(final Map<String, Group> groups) {
        final List<Entity> out = new ArrayList<>(groups.size());
        for (Group g : groups.values()) {
            out.add(new Entity(g.name, g.role, g.mentions));
        }
        return out;
    }

    private static final class Group {
        final String name;
        final List<Mention> mentions = new ArrayList<>();
        String role;

        Group(final String name) {
            this.name = name;
        }
    }
}
