package io.newsflow.contract;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.impl.DefinitionKey;
import com.github.victools.jsonschema.generator.naming.SchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import io.newsflow.common.json.Json;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * JSON Schemas (draft-07, the base of AsyncAPI's schema format) of the payload records, derived with
 * victools' jsonschema-generator and its Jackson module, so that a property's JSON name, {@code @JsonIgnore}
 * and {@code @JsonInclude} are read as newsflow's mapper ({@link Json#mapper()}) reads them. Every record
 * becomes a named definition under {@code components/schemas}.
 *
 * <p>Required and nullable say what that mapper writes: a property it writes whatever its value (the
 * mapper's default inclusion, {@code ALWAYS}) is required, and may be null unless it is a primitive or the
 * record never holds null there ({@link RecordNulls}: lists are empty, not null); a property written only
 * when not null (or not empty) is optional and, when present, not null (and not empty).
 */
final class PayloadSchemas {

    private final SchemaBuilder builder;

    PayloadSchemas() {
        final SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(Json.mapper(),
                SchemaVersion.DRAFT_7, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule())
                .with(Option.DEFINITIONS_FOR_ALL_OBJECTS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forFields()
                .withRequiredCheck(field -> written(field) == JsonInclude.Include.ALWAYS)
                .withNullableCheck(PayloadSchemas::nullable)
                .withEnumResolver(field -> Vocabularies.values(field, nullable(field)))
                .withTitleResolver(Vocabularies::name)
                .withArrayMinItemsResolver(field -> written(field) == JsonInclude.Include.NON_EMPTY
                        && Collection.class.isAssignableFrom(field.getType().getErasedType()) ? 1 : null);
        config.forTypesInGeneral()
                .withDefinitionNamingStrategy(new Names())
                .withPropertySorter(Comparator.comparingInt(PayloadSchemas::declarationIndex));
        builder = new SchemaGenerator(config.build()).buildMultipleSchemaDefinitions();
    }

    /** A reference to the schema of {@code type}, whose definition {@link #definitions()} will hold. */
    ObjectNode reference(final Class<?> type) {
        return builder.createSchemaReference(type);
    }

    /** Every definition referenced so far, by name, for {@code components/schemas}; call it once, last. */
    ObjectNode definitions() {
        return builder.collectDefinitions("components/schemas");
    }

    /**
     * Definitions are named after their records; a nullable reference gets a definition of its own,
     * {@code EnrichmentOrNull}, a name type generators turn into a legible one (victools' default,
     * {@code Enrichment-nullable}, is not).
     */
    private static final class Names implements SchemaDefinitionNamingStrategy {

        @Override
        public String getDefinitionNameForKey(final DefinitionKey key, final SchemaGenerationContext context) {
            return definitionName(key.getType().getErasedType());
        }

        @Override
        public String adjustNullableName(final DefinitionKey key, final String name,
                final SchemaGenerationContext context) {
            return name + "OrNull";
        }
    }

    /** A nested record is named after its outer one too ({@code FeedStateSeen}), so that names do not clash. */
    static String definitionName(final Class<?> type) {
        final Class<?> outer = type.getEnclosingClass();
        return outer == null ? type.getSimpleName() : definitionName(outer) + type.getSimpleName();
    }

    /** When the mapper writes the field: its own {@code @JsonInclude}, else its record's, else the mapper's default. */
    static JsonInclude.Include written(final FieldScope field) {
        final JsonInclude own = field.getAnnotationConsideringFieldAndGetter(JsonInclude.class);
        if (own != null && own.value() != JsonInclude.Include.USE_DEFAULTS) {
            return own.value();
        }
        final JsonInclude ofType = field.getDeclaringType().getErasedType().getAnnotation(JsonInclude.class);
        if (ofType != null && ofType.value() != JsonInclude.Include.USE_DEFAULTS) {
            return ofType.value();
        }
        final JsonInclude.Include byDefault = Json.mapper().getSerializationConfig().getDefaultPropertyInclusion()
                .getValueInclusion();
        return byDefault == JsonInclude.Include.USE_DEFAULTS ? JsonInclude.Include.ALWAYS : byDefault;
    }

    private static boolean nullable(final FieldScope field) {
        if (written(field) != JsonInclude.Include.ALWAYS || field.getType().getErasedType().isPrimitive()) {
            return false;
        }
        return !RecordNulls.neverNull(field.getDeclaringType().getErasedType(), field.getDeclaredName());
    }

    /** Properties in the order the record declares them, as the mapper writes them. */
    private static int declarationIndex(final MemberScope<?, ?> member) {
        final RecordComponent[] components = member.getDeclaringType().getErasedType().getRecordComponents();
        if (components != null) {
            final List<String> names = Arrays.stream(components).map(RecordComponent::getName).toList();
            final int index = names.indexOf(member.getDeclaredName());
            if (index >= 0) {
                return index;
            }
        }
        return Integer.MAX_VALUE;
    }
}
