package org.fugong.base;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document the server publishes at {@code /v3/api-docs} (springdoc): the same contract
 * the Android team and the bureau's systems code against. Every call carries a bearer JWT except
 * sign-in (whose controller says so with an empty {@code @SecurityRequirements}). Who is calling is
 * read from that token, so the {@link Actor} controllers take is never a parameter a client sends.
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
                                and their responses. The Worker API serves the Android app (workers sign in with \
                                a one-time code sent to their phone); the integration API under /admin serves \
                                console users (ADMIN, OFFICIAL, REVIEWER, HR) and the bureau's other systems. \
                                Errors are RFC 9457 problem details; lists are cursor-paged."""))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("JWT")
                        .description("The accessToken of POST /auth/token or /auth/refresh (workers), "
                                + "or of POST /admin/auth/token (console users)")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }
}
