package org.fugong;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps the house in shape: each feature reaches another only through its root package and
 * features form no cycles (Spring Modulith); console views use only an allow-list of packages, never
 * the database, a feature's inside or its plumbing; the backend never imports Vaadin. The rules live
 * in {@link ArchitectureRules}; {@link ArchitectureRulesTest} shows each one failing on a bad view.
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
    void console_views_use_only_the_features_root_packages_vaadin_and_a_named_list_of_framework_packages() {
        ArchitectureRules.CONSOLE_USES_ONLY_ALLOWED_PACKAGES.check(classes);
    }

    @Test
    void console_views_never_use_spring_data_bson_or_the_mongodb_driver() {
        ArchitectureRules.CONSOLE_NEVER_USES_SPRING_DATA_BSON_OR_THE_DRIVER.check(classes);
    }

    @Test
    void console_views_never_reach_into_a_features_internal_package() {
        ArchitectureRules.CONSOLE_NEVER_REACHES_INTO_A_FEATURE.check(classes);
    }

    @Test
    void console_views_never_call_a_plumbing_method() {
        ArchitectureRules.CONSOLE_NEVER_CALLS_PLUMBING.check(classes);
    }

    @Test
    void every_stored_document_of_a_feature_lives_in_its_internal_package() {
        ArchitectureRules.DOCUMENTS_LIVE_INSIDE_THEIR_FEATURE.check(classes);
    }

    @Test
    void the_backend_never_imports_vaadin() {
        ArchitectureRules.BACKEND_NEVER_IMPORTS_VAADIN.check(classes);
    }
}
