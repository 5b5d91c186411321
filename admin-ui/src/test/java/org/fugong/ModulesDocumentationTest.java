package org.fugong;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Writes the features' documentation into {@code docs/modules/} at the repository root on every build:
 * the overview diagram of all features, one component diagram and one canvas (its services, events,
 * properties) per feature, and an index including them all. The files are committed, so a reader
 * sees the current shape of the house without building.
 */
class ModulesDocumentationTest {

    @Test
    void every_feature_gets_a_diagram_and_a_canvas_in_docs_modules() throws IOException {
        Path folder = repositoryRoot().resolve("docs").resolve("modules");
        ApplicationModules modules = ApplicationModules.of(FugongApplication.class);

        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(folder.toString()))
                .writeDocumentation();
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.writeString(file, inStableOrder(Files.readString(file)));
            }
        }

        for (ApplicationModule module : modules) {
            String name = module.getIdentifier().toString();
            assertThat(folder.resolve("components.puml")).content().contains("\"" + module.getDisplayName() + "\"");
            assertThat(folder.resolve("module-" + name + ".puml")).exists();
            assertThat(folder.resolve("module-" + name + ".adoc")).content().contains(module.getBasePackage().getName());
        }
        assertThat(folder.resolve("all-docs.adoc")).exists();
    }

    /**
     * The Documenter lists modules, relations and events in hash order, which changes from run to run;
     * sorted runs of such lines keep the committed files unchanged while the modules are.
     */
    static String inStableOrder(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int start = 0;
        while (start < lines.size()) {
            String kind = kind(lines.get(start));
            int end = start + 1;
            while (kind != null && end < lines.size() && kind.equals(kind(lines.get(end)))) {
                end++;
            }
            if (kind != null) {
                boolean firstOfTable = lines.get(start).startsWith("|* ");
                List<String> run = new ArrayList<>(lines.subList(start, end).stream()
                        .map(line -> line.startsWith("|* ") ? line.substring(1) : line).sorted().toList());
                if (firstOfTable) {
                    run.set(0, "|" + run.get(0));
                }
                for (int i = start; i < end; i++) {
                    lines.set(i, run.get(i - start));
                }
            }
            start = end;
        }
        return String.join("\n", lines);
    }

    private static String kind(String line) {
        if (line.startsWith("Rel(")) {
            return "Rel(";
        }
        if (line.startsWith("  Component(")) {
            return "Component(";
        }
        return line.startsWith("* `") || line.startsWith("|* `") ? "item" : null;
    }

    /** The folder holding the root pom.xml: the build runs this test from {@code admin-ui/}. */
    private static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        while (dir != null && !(Files.exists(dir.resolve("admin-ui")) && Files.exists(dir.resolve("backend")))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("the repository root above " + System.getProperty("basedir")).isNotNull();
        return dir;
    }
}
