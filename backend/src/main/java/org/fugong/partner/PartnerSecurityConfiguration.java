package org.fugong.partner;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.fugong.base.Messages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The partner feed's own security: stateless, an API key per partner ({@link PartnerKeyFilter}) instead
 * of the bearer tokens of the rest of the API, and nothing else under {@code /api/v1/partner}.
 */
@Configuration(proxyBeanMethods = false)
class PartnerSecurityConfiguration {

    @Bean
    @Order(0)
    SecurityFilterChain partnerFeedSecurity(HttpSecurity http, PartnerService partners, Messages messages,
                                            ObjectMapper mapper) throws Exception {
        return http
                .securityMatcher("/api/v1/partner/**")
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole("PARTNER"))
                .addFilterBefore(new PartnerKeyFilter(partners, messages, mapper), AuthorizationFilter.class)
                .build();
    }
}
