package org.fugong.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * One operation of the OpenAPI document: method, path, its parameters and the schema of its JSON body
 * (with {@code $ref}s resolved against the document's components), or the media type of a file body.
 */
record Operation(String method, String path, List<Parameter> parameters, JsonNode jsonBody, String fileMediaType) {

    record Parameter(String name, String in, JsonNode schema) {
    }

    @Override
    public String toString() {
        return method + " " + path;
    }

    /** Every operation of the document. */
    static List<Operation> all(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields(); methods.hasNext(); ) {
                Map.Entry<String, JsonNode> method = methods.next();
                JsonNode operation = method.getValue();
                List<Parameter> parameters = new ArrayList<>();
                operation.path("parameters").forEach(p -> parameters.add(
                        new Parameter(p.path("name").asText(), p.path("in").asText(), resolve(document, p.path("schema")))));
                JsonNode content = operation.path("requestBody").path("content");
                JsonNode json = content.has("application/json") ? resolve(document, content.path("application/json").path("schema")) : null;
                String file = json == null && content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                operations.add(new Operation(method.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey(), parameters, json, file));
            }
        }
        return operations;
    }

    /** The schema with its {@code $ref} (and those of its properties and items) replaced by the component. */
    static JsonNode resolve(JsonNode document, JsonNode schema) {
        return resolve(document, schema, 0);
    }

    private static JsonNode resolve(JsonNode document, JsonNode schema, int depth) {
        if (schema == null || schema.isMissingNode() || depth > 6) {
            return schema;
        }
        if (schema.has("$ref")) {
            String name = schema.path("$ref").asText().replace("#/components/schemas/", "");
            return resolve(document, document.path("components").path("schemas").path(name), depth + 1);
        }
        if (!schema.isObject()) {
            return schema;
        }
        com.fasterxml.jackson.databind.node.ObjectNode copy = schema.deepCopy();
        if (schema.has("properties")) {
            com.fasterxml.jackson.databind.node.ObjectNode properties = copy.putObject("properties");
            schema.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), resolve(document, p.getValue(), depth + 1)));
        }
        if (schema.has("items")) {
            copy.set("items", resolve(document, schema.path("items"), depth + 1));
        }
        return copy;
    }
}
