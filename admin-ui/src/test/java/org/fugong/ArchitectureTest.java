package org.fugong;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Keeps the house in shape: each feature reaches another only through its root package and
 * features form no cycles (Spring Modulith); console views never touch the database; the backend
 * never imports Vaadin.
 */
class ArchitectureTest {

    private static final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.fugong");

    @Test
    void features_use_each_other_only_through_their_root_packages_and_form_no_cycles() {
        ApplicationModules modules = ApplicationModules.of(FugongApplication.class);
        assertThat(modules.stream().map(ApplicationModule::getName))
                .contains("base", "audit", "security", "worker", "enterprise", "notice", "push", "response", "ui");
        modules.verify();
    }

    @Test
    void console_views_never_touch_repositories_documents_or_the_database() {
        noClasses().that().resideInAPackage("org.fugong.ui..")
                .should().dependOnClassesThat().areAnnotatedWith(Document.class)
                .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(MongoOperations.class)
                .orShould().dependOnClassesThat().resideInAPackage("com.mongodb..")
                .because("views call the features' services, their public API")
                .check(classes);
    }

    @Test
    void console_views_never_use_spring_data_bson_or_the_mongodb_driver() {
        noClasses().that().resideInAPackage("org.fugong.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.data..", "org.bson..", "com.mongodb..")
                .because("views show what the features' services return, and call them; queries are the services' business")
                .check(classes);
    }

    @Test
    void the_backend_never_imports_vaadin() {
        noClasses().that().resideInAPackage("org.fugong..").and().resideOutsideOfPackage("org.fugong.ui..")
                .and().doNotHaveFullyQualifiedName(FugongApplication.class.getName())
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("the backend serves the API and the console alike; Vaadin is the console's business")
                .check(classes);
    }
}
