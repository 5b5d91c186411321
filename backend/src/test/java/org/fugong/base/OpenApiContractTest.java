package org.fugong.base;

import com.fasterxml.jackson.databind.JsonNode;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the server publishes at {@code /v3/api-docs} agrees with the contract
 * (docs {@code api.md}): every call of the Worker API and of the integration API's sign-in, notice,
 * audience, response, briefing, user, worker import, enterprise, acknowledgement and bus rows is there, secured by a bearer
 * JWT except sign-in, and who is calling is taken from the token, never asked for as a parameter.
 */
class OpenApiContractTest extends IntegrationTest {

    /** The contract's calls, as api.md lists them (base path {@code /api/v1}). */
    static final List<String> CONTRACT = List.of(
            // Worker API
            "POST /auth/otp",
            "POST /auth/token",
            "POST /auth/refresh",
            "GET /me",
            "PUT /me",
            "PUT /me/devices/{installationId}",
            "DELETE /me/devices/{installationId}",
            "GET /me/inbox",
            "GET /notices/{id}",
            "POST /notices/{id}/read",
            "POST /notices/{id}/responses",
            "GET /me/responses",
            "DELETE /me/responses/{id}",
            // Integration API
            "POST /admin/auth/token",
            "POST /admin/notices",
            "PUT /admin/notices/{id}",
            "POST /admin/notices/{id}/submit",
            "POST /admin/notices/{id}/approve",
            "POST /admin/notices/{id}/reject",
            "POST /admin/notices/{id}/recall",
            "GET /admin/notices",
            "GET /admin/notices/{id}",
            "POST /admin/audience/preview",
            "GET /admin/notices/{id}/responses",
            "POST /admin/notices/{id}/responses",
            "PATCH /admin/responses/{id}",
            "GET /admin/reports/briefing",
            "POST /admin/users",
            "POST /admin/workers:import",
            "POST /admin/enterprises",
            "GET /admin/enterprises",
            "POST /admin/enterprises/{id}/requests",
            "GET /admin/enterprises/{id}/requests",
            "POST /admin/notices/{id}/acknowledge",
            "GET /admin/notices/{id}/manifest",
            "POST /admin/responses/{id}/boarding");

    /** Calls added to the contract (the README's "Additions to the contract"). */
    static final List<String> ADDITIONS = List.of(
            "GET /app/config");

    /** Calls anyone may make: signing in, and the web app's public configuration. */
    static final Set<String> PUBLIC = Set.of("POST /auth/otp", "POST /auth/token", "POST /auth/refresh",
            "POST /admin/auth/token", "GET /app/config");

    private JsonNode document;

    @BeforeEach
    void fetch() {
        Api.Reply reply = api.get("/v3/api-docs").send();
        assertThat(reply.status()).as("the document needs no token").isEqualTo(200);
        document = reply.body();
    }

    @Test
    void the_document_is_openapi_3_and_says_what_it_describes() {
        assertThat(document.path("openapi").asText()).startsWith("3.");
        assertThat(document.path("info").path("title").asText()).contains("Fugong");
        assertThat(document.path("info").path("version").asText()).isEqualTo("1");
        assertThat(document.path("info").path("description").asText()).isNotBlank();
    }

    @Test
    void every_call_of_the_contract_is_in_the_document() {
        List<String> missing = Stream.concat(CONTRACT.stream(), ADDITIONS.stream())
                .filter(call -> operation(call).isMissingNode()).toList();

        assertThat(missing).as("calls of api.md missing from /v3/api-docs").isEmpty();
    }

    @Test
    void the_api_is_secured_by_a_bearer_jwt_except_sign_in() {
        JsonNode schemes = document.path("components").path("securitySchemes");
        String scheme = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = schemes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if ("http".equals(entry.getValue().path("type").asText())
                    && "bearer".equalsIgnoreCase(entry.getValue().path("scheme").asText())
                    && "JWT".equals(entry.getValue().path("bearerFormat").asText())) {
                scheme = entry.getKey();
            }
        }
        assertThat(scheme).as("a bearer JWT security scheme").isNotNull();

        for (String call : Stream.concat(CONTRACT.stream(), ADDITIONS.stream()).toList()) {
            if (PUBLIC.contains(call)) {
                assertThat(securityOf(call)).as(call + " is public").isEmpty();
            } else {
                assertThat(securityOf(call)).as(call + " needs the token").contains(scheme);
            }
        }
    }

    @Test
    void who_is_calling_is_never_a_request_parameter() {
        List<String> leaks = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            for (JsonNode parameter : op.getValue().path("parameters")) {
                String name = parameter.path("name").asText().toLowerCase(Locale.ROOT);
                String schema = parameter.path("schema").toString();
                if (Set.of("actor", "token", "jwt", "principal", "locale").contains(name)
                        || schema.contains("Actor") || schema.contains("Jwt")) {
                    leaks.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " → " + parameter);
                }
            }
        }));

        assertThat(leaks).isEmpty();
        assertThat(document.path("components").path("schemas").has("Actor")).isFalse();
        assertThat(document.path("components").path("schemas").has("Jwt")).isFalse();
    }

    @Test
    void responding_takes_the_idempotency_key_as_a_header() {
        JsonNode parameters = operation("POST /notices/{id}/responses").path("parameters");

        assertThat(parameters.findValuesAsText("name")).contains("Idempotency-Key");
        for (JsonNode parameter : parameters) {
            if (parameter.path("name").asText().equals("Idempotency-Key")) {
                assertThat(parameter.path("in").asText()).isEqualTo("header");
            }
        }
    }

    @Test
    void lists_take_limit_and_cursor() {
        for (String call : List.of("GET /me/inbox", "GET /me/responses", "GET /admin/notices", "GET /admin/notices/{id}/responses",
                "GET /admin/enterprises", "GET /admin/enterprises/{id}/requests")) {
            assertThat(operation(call).path("parameters").findValuesAsText("name")).as(call).contains("limit", "cursor");
        }
    }

    @Test
    void imports_take_the_file_itself_as_the_body() {
        JsonNode workers = operation("POST /admin/workers:import").path("requestBody").path("content");
        JsonNode enterprises = operation("POST /admin/enterprises:import").path("requestBody").path("content");

        assertThat(workers.has("text/csv")).as(workers.toString()).isTrue();
        assertThat(workers.has("application/x-ndjson")).as(workers.toString()).isTrue();
        assertThat(enterprises.has("text/csv")).as(enterprises.toString()).isTrue();
    }

    @Test
    void the_notice_facts_are_typed_as_api_md_says() {
        JsonNode schemas = document.path("components").path("schemas");

        assertThat(types(schemas.path("JobFair").path("properties").path("positions")))
                .as("jobFair.positions is a count").containsExactly("integer", "null");
        assertThat(schemas.path("JobFair").path("properties").path("mode").path("enum").toString())
                .contains("ONLINE", "ONSITE");
        assertThat(schemas.path("Policy").path("properties").path("applicant").path("enum").toString())
                .contains("ENTERPRISE", "WORKER");
        assertThat(schemas.path("Notice").path("required").toString())
                .contains("\"id\"", "\"type\"", "\"title\"", "\"body\"", "\"responseKind\"", "\"status\"");
        assertThat(schemas.path("InboxItem").path("properties").path("responseStatus").path("enum").toString())
                .contains("WAITLISTED");
    }

    @Test
    void a_response_is_one_of_the_kinds_with_its_own_fields() {
        JsonNode submission = operation("POST /notices/{id}/responses").path("requestBody").path("content")
                .path("application/json").path("schema");
        JsonNode schemas = document.path("components").path("schemas");

        assertThat(submission.path("$ref").asText()).isEqualTo("#/components/schemas/ResponseSubmission");
        assertThat(schemas.path("ResponseSubmission").path("discriminator").path("propertyName").asText()).isEqualTo("kind");
        assertThat(schemas.path("RsvpFields").path("properties").path("attendanceMode").path("enum").toString())
                .contains("ONLINE", "ONSITE");
        assertThat(schemas.path("ApplyFields").path("properties").has("expectedSalary")).isTrue();
        assertThat(schemas.path("SeatBookingFields").path("properties").has("healthDeclared")).isTrue();
        assertThat(schemas.path("SubsidyApplicationFields").path("properties").has("persons")).isTrue();
    }

    @Test
    void calls_answer_json_or_no_content_and_problem_details_when_they_fail() {
        List<String> vague = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String call = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            op.getValue().path("responses").fields().forEachRemaining(answer -> {
                if (answer.getValue().path("content").has("*/*")) {
                    vague.add(call + " " + answer.getKey() + " answers */*");
                }
            });
            if (!op.getValue().path("responses").path("default").path("content").has("application/problem+json")) {
                vague.add(call + " documents no problem detail");
            }
        }));

        assertThat(vague).isEmpty();
        assertThat(operation("DELETE /me/responses/{id}").path("responses").has("204")).isTrue();
        assertThat(operation("POST /notices/{id}/read").path("responses").has("204")).isTrue();
    }

    private static List<String> types(JsonNode schema) {
        List<String> types = new ArrayList<>();
        schema.path("type").forEach(type -> types.add(type.asText()));
        return types;
    }

    private JsonNode operation(String call) {
        String[] methodAndPath = call.split(" ", 2);
        return document.path("paths").path("/api/v1" + methodAndPath[1]).path(methodAndPath[0].toLowerCase(Locale.ROOT));
    }

    /** The security schemes a call needs: its own requirement, else the document's. */
    private List<String> securityOf(String call) {
        JsonNode op = operation(call);
        JsonNode requirements = op.has("security") ? op.path("security") : document.path("security");
        List<String> names = new ArrayList<>();
        requirements.forEach(requirement -> requirement.fieldNames().forEachRemaining(names::add));
        return names;
    }
}
