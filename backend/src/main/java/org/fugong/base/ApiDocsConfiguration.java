package org.fugong.base;

import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The OpenAPI document the server publishes at {@code /v3/api-docs} (springdoc): the same contract
 * the Android team and the bureau's systems code against, and the one the worker web app generates
 * its types from (a snapshot under {@code frontend/openapi/}, checked by {@code OpenApiSnapshotTest}).
 * Every call carries a bearer JWT except sign-in (whose controller says so with an empty
 * {@code @SecurityRequirements}). Who is calling is read from that token, so the {@link Actor}
 * controllers take is never a parameter a client sends. The document names no host (the server is
 * {@code /}), so it is the same wherever it is served.
 */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    /** The name of the bearer scheme in the document's components. */
    static final String BEARER = "bearerJwt";

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    @Bean
    OpenAPI fugongOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Fugong (复工) HTTP API")
                        .version("1")
                        .description("""
                                Notices of the Human Resources and Social Security Bureau to workers' phones, \
                                and their responses. The Worker API serves the Android app and the worker web app \
                                (workers sign in with a one-time code sent to their phone); the integration API \
                                under /admin serves console users (ADMIN, OFFICIAL, REVIEWER, HR) and the bureau's \
                                other systems. Errors are RFC 9457 problem details; lists are cursor-paged. \
                                A property listed as required is always there and never null; any other may be \
                                null or left out."""))
                .servers(List.of(new Server().url("/").description("the server that serves this document")))
                .components(new Components()
                        .addSecuritySchemes(BEARER, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP)
                                .scheme("bearer")
                                .bearerFormat("JWT")
                                .description("The accessToken of POST /auth/token or /auth/refresh (workers), "
                                        + "or of POST /admin/auth/token (console users)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    /** Operation ids that do not depend on the order in which controllers are found. */
    @Bean
    OperationCustomizer fugongOperationIds() {
        return ApiDocsOperations::name;
    }

    /** A property of a primitive type (boolean, int, long) is never null. */
    @Bean
    ModelConverter fugongPrimitivesAreNeverNull() {
        return ApiDocsNullability.primitivesNeverNull();
    }

    /** Problem details on every call, and nullability as the document's description states it. */
    @Bean
    OpenApiCustomizer fugongDocumentShape() {
        return openApi -> {
            ApiDocsOperations.answerProblems(openApi);
            ApiDocsNullability.apply(openApi);
        };
    }
}
