package io.newsflow.tagger.ner;

import io.newsflow.common.article.Enrichment;
import io.newsflow.common.article.Entity;
import io.newsflow.common.article.Mention;
import io.newsflow.tagger.limits.TaggingLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Groups typed spans into entities: one per type and canonical name, in order of first mention. The
 * caps of {@link TaggingLimits} apply here: an entity keeps its first mentions, a type its first
 * entities, and the result says which cap was reached.
 */
final class EntityGrouper {

    private EntityGrouper() {
    }

    static EntityTags group(final List<Span> spans) {
        return group(spans, TaggingLimits.MAX_MENTIONS_PER_ENTITY, TaggingLimits.MAX_ENTITIES_PER_TYPE,
                TaggingLimits.MAX_MENTIONS_PER_ARTICLE);
    }

    static EntityTags group(final List<Span> spans, final int maxMentions, final int maxEntities,
            final int maxMentionsInAll) {
        final Map<String, Map<String, Group>> byType = new LinkedHashMap<>();
        for (String type : List.of(Span.PER, Span.ORG, Span.LOC)) {
            byType.put(type, new LinkedHashMap<>());
        }
        final Set<String> limits = new TreeSet<>();
        int kept = 0;
        for (Span span : spans) {
            if (kept == maxMentionsInAll) {
                limits.add(Enrichment.MENTIONS_PER_ARTICLE);
                break;
            }
            final String name = span.canonical != null ? span.canonical : span.text();
            final Map<String, Group> groups = byType.get(span.type);
            Group group = groups.get(name);
            if (group == null) {
                if (groups.size() >= maxEntities) {
                    limits.add(Enrichment.ENTITIES_PER_ARTICLE);
                    continue;
                }
                group = new Group(name);
                groups.put(name, group);
            }
            if (group.role == null && span.role != null) {
                group.role = span.role;
            }
            if (group.mentions.size() >= maxMentions) {
                limits.add(Enrichment.MENTIONS_PER_ENTITY);
                continue;
            }
            group.mentions.add(new Mention(span.field(), span.start(), span.end(),
                    span.sentence.text().substring(span.start(), span.end())));
            kept++;
        }
        return new EntityTags(entities(byType.get(Span.PER)), entities(byType.get(Span.ORG)),
                entities(byType.get(Span.LOC)), List.copyOf(limits));
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
