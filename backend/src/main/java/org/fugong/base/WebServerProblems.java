package org.fugong.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Errors raised below Spring MVC answer as problem details too: what Spring Security's firewall
 * refuses (encoded {@code ..}, {@code %00}, {@code ;} in a path, odd characters in a header) and what
 * Tomcat refuses before that ({@link ProblemErrorReportValve}).
 */
@Configuration(proxyBeanMethods = false)
class WebServerProblems {

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    @Bean
    RequestRejectedHandler problemRequestRejectedHandler(Messages messages, ObjectMapper mapper) {
        return (request, response, rejected) -> ProblemResponses.write(response, mapper, ProblemResponses.problem(400,
                "error.request-rejected", messages.get("error.request-rejected",
                        Languages.parse(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE)))));
    }
}
