package org.fugong.base;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.springframework.web.method.HandlerMethod;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every operation of the document has in common: a name that does not depend on the order in which
 * springdoc finds the controllers (springdoc would number clashing method names {@code list_1},
 * {@code list_2} … in discovery order), and the problem detail it answers with when it fails.
 */
final class ApiDocsOperations {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";

    private ApiDocsOperations() {
    }

    /** {@code ResponseController.submit} → {@code responseSubmit}: unique, and stable as long as the code is. */
    static Operation name(Operation operation, HandlerMethod handler) {
        String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
        String method = handler.getMethod().getName();
        operation.setOperationId(Character.toLowerCase(controller.charAt(0)) + controller.substring(1)
                + Character.toUpperCase(method.charAt(0)) + method.substring(1));
        return operation;
    }

    /** RFC 9457 problem details as Fugong writes them ({@link ProblemResponses}, {@code ApiProblemHandler}). */
    @SuppressWarnings("rawtypes")
    private static Map<String, Schema> problemSchemas() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        schemas.put(FIELD_ERROR, new ObjectSchema()
                .description("One input field that is wrong: its path as sent (e.g. fields.pickupPoint) and why, "
                        + "in the caller's language")
                .addProperty("field", new StringSchema())
                .addProperty("message", new StringSchema())
                .required(List.of("field", "message")));
        schemas.put(PROBLEM, new ObjectSchema()
                .description("An RFC 9457 problem detail in the caller's language. Validation problems list their "
                        + "fields in errors; a second active response to a notice (409) carries the existing one "
                        + "as response.")
                .addProperty("type", new StringSchema().description("urn:fugong:problem:<code>, or about:blank"))
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR)))
                .required(List.of("type", "title", "status"))
                .additionalProperties(true));
        return schemas;
    }

    /** Every operation answers a problem detail when it fails (4xx or 5xx). */
    static void answerProblems(OpenAPI openApi) {
        if (openApi.getPaths() == null) {
            return;
        }
        problemSchemas().forEach(openApi.getComponents()::addSchemas);
        openApi.getPaths().values().forEach(path -> path.readOperations().forEach(operation ->
                operation.getResponses().addApiResponse("default", new ApiResponse()
                        .description("A problem detail: 400 invalid input, 401 no or bad credentials, 403 not "
                                + "allowed, 404 not there, 409 conflict, 413 too large, 429 too many requests")
                        .content(new Content().addMediaType("application/problem+json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))))));
    }
}
