package org.fugong.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.fugong.base.KeyRing;
import org.fugong.base.Languages;
import org.fugong.base.Messages;
import org.fugong.base.ProblemResponses;
import org.fugong.base.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Security of the HTTP API ({@code /api/**}): stateless, bearer JWTs that Fugong issues itself
 * (HS256), workers on the worker API, console users on {@code /api/v1/admin}. Failures answer as
 * problem details. The OpenAPI document is public: it is the contract.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuthProperties.class)
class ApiSecurityConfiguration {

    /** Verified access tokens held on a node: the workers active in the same hour, within ~20 MB. */
    private static final int VERIFIED_TOKENS_HELD = 10_000;

    @Bean
    PasswordEncoder passwordEncoder(AuthProperties auth) {
        return new BCryptPasswordEncoder(auth.passwordStrength());
    }

    @Bean
    JwtEncoder jwtEncoder(KeyRing keys) {
        return new NimbusJwtEncoder(new ImmutableSecret<>(tokenKey(keys)));
    }

    @Bean
    JwtDecoder jwtDecoder(KeyRing keys, Clock clock) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withSecretKey(tokenKey(keys)).macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator();
        timestamps.setClock(clock);
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(timestamps,
                new JwtIssuerValidator(TokenService.ISSUER));
        decoder.setJwtValidator(validator);
        return new VerifiedTokens(decoder, validator, VERIFIED_TOKENS_HELD);
    }

    @Bean
    @ConditionalOnMissingBean(SmsSender.class)
    SmsSender smsSender() {
        return new LoggingSmsSender();
    }

    /**
     * No observation of the security filters, authentications or authorizations: nothing reads them (see
     * {@code fugong-defaults.properties}), and a disabled observation still wrapped each of a request's
     * fifteen filters in a decorator, a twentieth of an inbox page's CPU (decision 49).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, UserService users, Messages messages, ObjectMapper mapper,
                                    AuthRateLimiter rateLimiter) throws Exception {
        AuthenticationEntryPoint unauthenticated = (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
            ProblemResponses.write(response, mapper, ProblemResponses.problem(401, "error.unauthenticated",
                    messages.get("error.unauthenticated", Languages.parse(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))));
        };
        AccessDeniedHandler denied = (request, response, e) -> ProblemResponses.write(response, mapper,
                ProblemResponses.problem(403, "error.forbidden",
                        messages.get("error.forbidden", Languages.parse(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))));
        return http
                .securityMatcher("/api/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                // bearer tokens only: no logout URL to watch for, no anonymous user to make per request
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/otp", "/api/v1/auth/token", "/api/v1/auth/refresh",
                                "/api/v1/admin/auth/token").permitAll()
                        // reference lists (industries, skills, regions) serve the apps and the console alike
                        .requestMatchers(HttpMethod.GET, "/api/v1/reference/**").hasAnyRole("WORKER",
                                Role.ADMIN.name(), Role.OFFICIAL.name(), Role.REVIEWER.name(), Role.HR.name())
                        // the worker web app's public configuration (web push), read before sign-in
                        .requestMatchers(HttpMethod.GET, "/api/v1/app/config").permitAll()
                        .requestMatchers("/api/v1/admin/**").hasAnyRole(
                                Role.ADMIN.name(), Role.OFFICIAL.name(), Role.REVIEWER.name(), Role.HR.name())
                        .requestMatchers("/api/v1/**").hasRole("WORKER")
                        .anyRequest().denyAll())
                .oauth2ResourceServer(oauth -> oauth
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(authentication(users)))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .exceptionHandling(e -> e.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied))
                .addFilterBefore(rateLimiter, org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter.class)
                .build();
    }

    /** The limiter runs inside the API's security chain only, not as a servlet filter of its own. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<AuthRateLimiter> authRateLimiterRegistration(
            AuthRateLimiter limiter) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(limiter);
        registration.setEnabled(false);
        return registration;
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocsSecurity(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .build();
    }

    /** Worker tokens carry ROLE_WORKER; staff tokens their roles, and only while the user is enabled. */
    private static Converter<Jwt, AbstractAuthenticationToken> authentication(UserService users) {
        return jwt -> {
            String type = jwt.getClaimAsString(TokenService.TYPE);
            Collection<GrantedAuthority> authorities = new ArrayList<>();
            if (TokenService.WORKER.equals(type)) {
                authorities.add(new SimpleGrantedAuthority("ROLE_WORKER"));
            } else if (TokenService.STAFF.equals(type)) {
                if (!users.isActive(jwt.getSubject())) {
                    throw new DisabledException("the user is disabled or gone");
                }
                List<String> roles = jwt.getClaimAsStringList("roles");
                if (roles != null) {
                    roles.forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
                }
            }
            return new JwtAuthenticationToken(jwt, authorities, jwt.getSubject());
        };
    }

    private static SecretKey tokenKey(KeyRing keys) {
        return new SecretKeySpec(keys.tokenSecret(), "HmacSHA256");
    }
}
