package io.newsflow.contract;

import com.github.victools.jsonschema.generator.FieldScope;
import io.newsflow.common.article.EnrichedArticle;
import io.newsflow.common.article.Enrichment;
import io.newsflow.common.article.Mention;
import io.newsflow.common.article.StoryView;
import io.newsflow.common.article.TrackEvidence;
import io.newsflow.common.article.TrackTag;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The string properties of the payload records that take one of a fixed set of values, with the set as
 * the records' own constants give it, so that the schema says {@code enum} and type generators make an
 * enumeration of it, named by the schema's title: a mention's field, a track, the caps an enrichment names.
 */
final class Vocabularies {

    private record Vocabulary(String name, List<String> values) {
    }

    private static final Vocabulary FIELD = new Vocabulary("TextField", Mention.FIELDS);
    private static final Vocabulary TRACK = new Vocabulary("Track", TrackTag.ALL);
    private static final Vocabulary LIMIT = new Vocabulary("Limit", Enrichment.LIMITS);

    /** By record and property: the vocabulary of the property itself. */
    private static final Map<Class<?>, Map<String, Vocabulary>> VALUES = Map.of(
            Mention.class, Map.of("field", FIELD),
            TrackEvidence.class, Map.of("field", FIELD),
            TrackTag.class, Map.of("track", TRACK),
            EnrichedArticle.class, Map.of("primaryTrack", TRACK));

    /** By record and property: the vocabulary of the items of a list property. */
    private static final Map<Class<?>, Map<String, Vocabulary>> ITEMS = Map.of(
            Enrichment.class, Map.of("limits", LIMIT),
            StoryView.class, Map.of("tracks", TRACK));

    private Vocabularies() {
    }

    /**
     * The values {@code field} (or, for an item of a list, each item) may take, null among them when the
     * property is {@code nullable} (an enum lists every value its type allows); null when any string.
     */
    static List<String> values(final FieldScope field, final boolean nullable) {
        final Vocabulary vocabulary = of(field);
        if (vocabulary == null || !nullable || field.isFakeContainerItemScope()) {
            return vocabulary == null ? null : vocabulary.values();
        }
        final List<String> withNull = new ArrayList<>(vocabulary.values());
        withNull.add(null);
        return withNull;
    }

    /** The name of the vocabulary of {@code field} (its schema's title); null when it has none. */
    static String name(final FieldScope field) {
        final Vocabulary vocabulary = of(field);
        return vocabulary == null ? null : vocabulary.name();
    }

    private static Vocabulary of(final FieldScope field) {
        final Map<Class<?>, Map<String, Vocabulary>> table = field.isFakeContainerItemScope() ? ITEMS : VALUES;
        return table.getOrDefault(field.getDeclaringType().getErasedType(), Map.of()).get(field.getDeclaredName());
    }
}
