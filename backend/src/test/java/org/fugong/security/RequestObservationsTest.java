package org.fugong.security;

import fugong.testing.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.filter.ServerHttpObservationFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing observes each request (decision 49): no observation filter around it and no decorator around
 * each of the security filters, since nothing reads what they would record.
 */
class RequestObservationsTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void noRequestIsObserved() {
        assertThat(context.getBeanNamesForType(ServerHttpObservationFilter.class)).isEmpty();
        assertThat(context.getBeansOfType(org.springframework.boot.web.servlet.FilterRegistrationBean.class).values())
                .noneMatch(r -> r.getFilter() instanceof ServerHttpObservationFilter);
        FilterChainProxy security = context.getBean(FilterChainProxy.class);
        Object decorator = ReflectionTestUtils.getField(security, "filterChainDecorator");
        assertThat(decorator).isNotNull();
        assertThat(decorator.getClass().getName()).doesNotContain("Observation");
    }
}
