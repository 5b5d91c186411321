package org.fugong;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.fugong.ui.bad.PlumbingView;
import org.fugong.ui.bad.QueryingView;
import org.fugong.ui.bad.ReachingInsideView;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The console rules can fail: each is run on a deliberately bad view from the test sources
 * ({@code org.fugong.ui.bad}) and must reject it, naming the offending class. {@link ArchitectureTest}
 * imports production classes only, so these views never reach it.
 */
class ArchitectureRulesTest {

    private static final JavaClasses querying = new ClassFileImporter().importClasses(QueryingView.class);
    private static final JavaClasses reachingInside = new ClassFileImporter().importClasses(ReachingInsideView.class);
    private static final JavaClasses plumbing = new ClassFileImporter().importClasses(PlumbingView.class);
    private static final JavaClasses loose = new ClassFileImporter().importClasses(LooseDocument.class);

    /**
     * A document outside any feature's inside. An inner (not static) class, so the application's
     * entity scan, which takes only top-level and static nested classes, never maps it.
     */
    @org.springframework.data.mongodb.core.mapping.Document("looseDocuments")
    class LooseDocument {
    }

    @Test
    void a_view_that_builds_a_mongodb_query_breaks_the_allow_list_and_the_spring_data_rule() {
        assertThatThrownBy(() -> ArchitectureRules.CONSOLE_USES_ONLY_ALLOWED_PACKAGES.check(querying))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(QueryingView.class.getName())
                .hasMessageContaining("org.springframework.data.mongodb.core.query.Query");
        assertThatThrownBy(() -> ArchitectureRules.CONSOLE_NEVER_USES_SPRING_DATA_BSON_OR_THE_DRIVER.check(querying))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("org.bson.Document");
    }

    @Test
    void a_view_that_uses_a_features_internal_class_breaks_the_allow_list_and_the_inside_rule() {
        assertThatThrownBy(() -> ArchitectureRules.CONSOLE_USES_ONLY_ALLOWED_PACKAGES.check(reachingInside))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(".internal.");
        assertThatThrownBy(() -> ArchitectureRules.CONSOLE_NEVER_REACHES_INTO_A_FEATURE.check(reachingInside))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(ReachingInsideView.class.getName());
    }

    @Test
    void a_view_that_calls_a_plumbing_method_breaks_the_plumbing_rule() {
        assertThatThrownBy(() -> ArchitectureRules.CONSOLE_NEVER_CALLS_PLUMBING.check(plumbing))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("InboxService.deliver")
                .hasMessageContaining("AuditLog.record");
    }

    @Test
    void a_document_outside_a_features_internal_package_breaks_the_inside_rule() {
        assertThatThrownBy(() -> ArchitectureRules.DOCUMENTS_LIVE_INSIDE_THEIR_FEATURE.check(loose))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(LooseDocument.class.getName());
    }

    @Test
    void the_plumbing_view_uses_only_allowed_packages_so_only_the_plumbing_rule_catches_it() {
        assertThatCode(() -> ArchitectureRules.CONSOLE_USES_ONLY_ALLOWED_PACKAGES.check(plumbing))
                .doesNotThrowAnyException();
        assertThat(plumbing.contain(PlumbingView.class)).isTrue();
    }
}
