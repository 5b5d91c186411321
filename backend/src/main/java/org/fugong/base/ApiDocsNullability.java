package org.fugong.base;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Says in the document which properties may be null. The server writes every property, null ones
 * included ({@code spring.jackson.default-property-inclusion=always}), and reads a missing one as null;
 * so the rule is: a property a schema lists as {@code required} (a record component marked
 * {@code @Schema(requiredMode = REQUIRED)}) is always there and never null, and any other may be null.
 * OpenAPI 3.1 says "may be null" with {@code "null"} among the types; a reference to another schema
 * becomes {@code anyOf: [that schema, null]}, and an enumeration also lists {@code null}.
 */
final class ApiDocsNullability {

    private static final String NULL = "null";

    private ApiDocsNullability() {
    }

    /**
     * Marks the properties of a primitive Java type (boolean, int, long) as never null, for {@link #apply}
     * to read back: swagger-core describes them without going through the model converters.
     */
    static ModelConverter primitivesNeverNull() {
        return new ModelConverter() {
            @Override
            @SuppressWarnings("rawtypes")
            public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
                Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
                // a model comes back as a reference to the one defined in the context
                Schema model = schema == null || schema.get$ref() == null ? schema
                        : context.getDefinedModels().get(schema.get$ref().replaceFirst("^#/components/schemas/", ""));
                if (model == null || model.getProperties() == null) {
                    return schema;
                }
                JavaType javaType = Json.mapper().constructType(type.getType());
                for (BeanPropertyDefinition property : Json.mapper().getSerializationConfig().introspect(javaType)
                        .findProperties()) {
                    Schema described = (Schema) model.getProperties().get(property.getName());
                    if (described != null && property.getRawPrimaryType().isPrimitive()) {
                        described.setNullable(false);
                    }
                }
                return schema;
            }
        };
    }

    @SuppressWarnings("rawtypes")
    static void apply(OpenAPI openApi) {
        if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
            return;
        }
        for (Schema schema : openApi.getComponents().getSchemas().values()) {
            markOptionalProperties(schema);
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void markOptionalProperties(Schema schema) {
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = schema.getRequired() == null ? List.of() : schema.getRequired();
        Map<String, Schema> marked = new LinkedHashMap<>();
        properties.forEach((name, property) -> {
            boolean neverNull = required.contains(name) || Boolean.FALSE.equals(property.getNullable());
            // the 3.0 flag is not part of a 3.1 document: "null" among the types says it
            property.setNullable(null);
            marked.put(name, neverNull ? property : nullable(property));
        });
        schema.setProperties(marked);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            Schema reference = new Schema<>().$ref(property.get$ref());
            Schema nothing = new Schema<>().types(new LinkedHashSet<>(Set.of(NULL)));
            Schema either = new Schema<>().anyOf(List.of(reference, nothing));
            either.setDescription(property.getDescription());
            either.setReadOnly(property.getReadOnly());
            return either;
        }
        Set<String> types = property.getTypes() != null ? new LinkedHashSet<>(property.getTypes())
                : property.getType() != null ? new LinkedHashSet<>(Set.of(property.getType())) : null;
        if (types == null || types.contains(NULL)) {
            // an untyped (any) value or one already nullable
            return property;
        }
        types.add(NULL);
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List<Object> values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }
}
