package org.fugong.ui.base;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.fugong.security.UserService;
import org.jsoup.nodes.Element;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The console's security: a login page, a session, and view access by role ({@code @RolesAllowed}).
 * The worker web app and the health check are public; the API has its own stateless chain.
 * <ul>
 *   <li>Sign-in is throttled and locked out per user and address, and audited ({@code StaffSignIn}).</li>
 *   <li>CSRF: Vaadin's own requests carry Vaadin's token; everything else, the login form's POST
 *       included, needs Spring's, which the page carries in {@code _csrf} meta tags that the login
 *       form sends along (Vaadin would leave the login POST unprotected).</li>
 *   <li>A session ends at its next request when its user is disabled or changed ({@link ConsoleSessionCheck}).</li>
 *   <li>A Content-Security-Policy for the console and another for the worker app ({@link ContentSecurityPolicies}).</li>
 * </ul>
 */
@Configuration
@EnableWebSecurity
@EnableConfigurationProperties(ContentSecurityPolicies.class)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class ConsoleSecurityConfiguration {

    @Bean
    @Order(10)
    SecurityFilterChain consoleSecurity(HttpSecurity http, RequestUtil requestUtil, UserService users,
                                        ContentSecurityPolicies csp) throws Exception {
        RequestMatcher workerApp = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/app"),
                PathPatternRequestMatcher.withDefaults().matcher("/app/**"));
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers("/app", "/app/", "/app/**", "/actuator/health", "/actuator/health/**").permitAll()
                // the error page itself: a refused request (a 403 for a missing CSRF token) keeps its status
                .requestMatchers("/error").permitAll());
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.addFilterAfter(new ConsoleSessionCheck(users), SecurityContextHolderFilter.class);
        http.headers(headers -> headers
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(policy -> policy.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(workerApp,
                        new StaticHeadersWriter("Content-Security-Policy", csp.workerApp())))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(workerApp),
                        new StaticHeadersWriter("Content-Security-Policy", csp.console()))));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    /** Puts the session's CSRF token in every console page, where the login form picks it up. */
    @Bean
    VaadinServiceInitListener csrfMetaTags() {
        return (ServiceInitEvent event) -> event.addIndexHtmlRequestListener(page -> {
            Object token = page.getVaadinRequest().getAttribute(CsrfToken.class.getName());
            if (token instanceof CsrfToken csrf) {
                Element head = page.getDocument().head();
                head.appendElement("meta").attr("name", "_csrf_parameter").attr("content", csrf.getParameterName());
                head.appendElement("meta").attr("name", "_csrf_header").attr("content", csrf.getHeaderName());
                head.appendElement("meta").attr("name", "_csrf").attr("content", csrf.getToken());
            }
        });
    }
}
