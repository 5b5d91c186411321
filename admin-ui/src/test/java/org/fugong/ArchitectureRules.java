package org.fugong;

import com.tngtech.archunit.lang.ArchRule;
import org.fugong.base.Plumbing;
import org.springframework.data.mongodb.core.mapping.Document;

import static com.tngtech.archunit.core.domain.JavaAccess.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The console's rules, and where documents live, as values, so that {@link ArchitectureTest} runs them
 * on the production classes and {@link ArchitectureRulesTest} shows that each one fails on a
 * deliberately bad class.
 */
final class ArchitectureRules {

    static final String CONSOLE = "org.fugong.ui..";

    /**
     * What a console class may depend on: the JDK, Jakarta, Vaadin, the console itself, the ROOT
     * package of each feature ({@code org.fugong.<feature>}, never a subpackage: {@code *} matches no
     * dot) and the few framework packages the console's own security and configuration need.
     */
    static final String[] CONSOLE_MAY_USE = {
            "java..", "jakarta..", "com.vaadin..", "org.fugong.ui..", "org.fugong.*",
            // console sign-in, sessions, CSRF and security headers
            "org.springframework.security..",
            // wiring: @Value, DisposableBean, @Configuration, @Bean, @Component, @Order, @ConfigurationProperties
            "org.springframework.beans.factory..", "org.springframework.context.annotation..",
            "org.springframework.stereotype..", "org.springframework.core.annotation..",
            "org.springframework.boot.context.properties..",
            // the console's request filter and static resources
            "org.springframework.web.filter..", "org.springframework.web.servlet.config.annotation..",
            // the bootstrap page (Vaadin hands it over as a jsoup document) and logging
            "org.jsoup..", "org.slf4j..",
    };

    static final ArchRule CONSOLE_USES_ONLY_ALLOWED_PACKAGES = classes().that().resideInAPackage(CONSOLE)
            .should().onlyDependOnClassesThat().resideInAnyPackage(CONSOLE_MAY_USE)
            .because("views call the features' root-package services and records; storage, drivers and a "
                    + "feature's inside are the services' business");

    static final ArchRule CONSOLE_NEVER_USES_SPRING_DATA_BSON_OR_THE_DRIVER = noClasses().that().resideInAPackage(CONSOLE)
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data..", "org.bson..", "com.mongodb..")
            .because("views show what the features' services return, and call them; queries are the services' business");

    static final ArchRule CONSOLE_NEVER_REACHES_INTO_A_FEATURE = noClasses().that().resideInAPackage(CONSOLE)
            .should().dependOnClassesThat().resideInAPackage("org.fugong.*.internal..")
            .because("a feature's internal package holds its documents and storage code, not its API");

    static final ArchRule CONSOLE_NEVER_CALLS_PLUMBING = noClasses().that().resideInAPackage(CONSOLE)
            .should().accessTargetWhere(target(annotatedWith(Plumbing.class)))
            .because("a @Plumbing method is for other features and the machinery; a view calling it "
                    + "would skip the rules of the service that normally calls it");

    static final ArchRule DOCUMENTS_LIVE_INSIDE_THEIR_FEATURE = classes().that().areAnnotatedWith(Document.class)
            .and().resideOutsideOfPackage("org.fugong.base..")
            .should().resideInAPackage("org.fugong.*.internal")
            .because("a stored document is its feature's inside (decision 43): other features and the console "
                    + "use the feature's services, and Modulith only guards what lives in an internal package "
                    + "(base, the shared kernel, keeps its agenda's documents)");

    static final ArchRule BACKEND_NEVER_IMPORTS_VAADIN = noClasses().that().resideInAPackage("org.fugong..")
            .and().resideOutsideOfPackage(CONSOLE)
            .and().doNotHaveFullyQualifiedName(FugongApplication.class.getName())
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
            .because("the backend serves the API and the console alike; Vaadin is the console's business");

    private ArchitectureRules() {
    }
}
