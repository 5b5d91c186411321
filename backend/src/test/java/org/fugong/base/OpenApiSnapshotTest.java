package org.fugong.base;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fugong.testing.Api;
import fugong.testing.IntegrationTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The API document checked in for the worker web app ({@code frontend/openapi/fugong-api.json}, from
 * which the app's build generates its types) is the one the running server publishes at
 * {@code /v3/api-docs}. When the server's API changes, this test fails and names what changed; run it
 * with {@code -Dfugong.openapi.write=true} to write the server's document into the snapshot instead,
 * then build the app, whose type check shows what the change breaks there.
 */
class OpenApiSnapshotTest extends IntegrationTest {

    /** Where the snapshot is, from the backend module's folder (Surefire's working directory). */
    static final Path SNAPSHOT = Path.of(System.getProperty("fugong.openapi.snapshot",
            "../frontend/openapi/fugong-api.json"));
    static final String REWRITE = "mvn -B -pl backend -am test -Dtest=OpenApiSnapshotTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dfugong.openapi.write=true";
    private static final int MAX_LISTED = 25;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_checked_in_snapshot_is_the_document_the_server_publishes() throws IOException {
        Api.Reply reply = api.get("/v3/api-docs").send();
        assertThat(reply.status()).isEqualTo(200);
        String live = canonical(reply.body());

        if (Boolean.getBoolean("fugong.openapi.write")) {
            Files.createDirectories(SNAPSHOT.toAbsolutePath().getParent());
            Files.writeString(SNAPSHOT, live, StandardCharsets.UTF_8);
            System.out.println("OpenApiSnapshotTest wrote the server's API document to " + SNAPSHOT.toAbsolutePath());
            return;
        }
        if (!Files.exists(SNAPSHOT)) {
            fail("There is no API snapshot at " + SNAPSHOT.toAbsolutePath() + ". Write it with:\n  " + REWRITE);
        }
        String checkedIn = Files.readString(SNAPSHOT, StandardCharsets.UTF_8);
        if (!checkedIn.equals(live)) {
            List<String> differences = new ArrayList<>();
            compare("", JSON.readTree(checkedIn), reply.body(), differences);
            fail("The API document the server publishes differs from the snapshot the worker app is built from ("
                    + SNAPSHOT.normalize() + ")" + (differences.isEmpty() ? " in layout only" : ":\n  "
                    + String.join("\n  ", differences.subList(0, Math.min(MAX_LISTED, differences.size())))
                    + (differences.size() > MAX_LISTED ? "\n  … and " + (differences.size() - MAX_LISTED) + " more" : ""))
                    + "\nIf the change is meant, write the server's document into the snapshot with\n  " + REWRITE
                    + "\nand build the worker app (mvn -pl frontend verify): its type check shows what the change breaks"
                    + " there. api.md is a contract: fields and calls may be added, never renamed or removed.");
        }
    }

    /** The document with every object's keys in order, two-space indented, "key": value, and a final newline. */
    static String canonical(JsonNode document) throws JsonProcessingException {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
        return JSON.writer(printer).writeValueAsString(sorted(document)) + "\n";
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = JSON.createObjectNode();
            new TreeSet<String>(iterable(node)).forEach(name -> copy.set(name, sorted(node.get(name))));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(sorted(item)));
            return copy;
        }
        return node;
    }

    /** Where the two documents differ, as JSON pointers: what the snapshot says and what the server says. */
    private static void compare(String at, JsonNode snapshot, JsonNode server, List<String> differences) {
        if (snapshot.isObject() && server.isObject()) {
            TreeSet<String> names = new TreeSet<>(iterable(snapshot));
            names.addAll(iterable(server));
            for (String name : names) {
                String path = at + "/" + name.replace("~", "~0").replace("/", "~1");
                if (!server.has(name)) {
                    differences.add(path + ": only in the snapshot");
                } else if (!snapshot.has(name)) {
                    differences.add(path + ": new on the server: " + abbreviate(server.get(name)));
                } else {
                    compare(path, snapshot.get(name), server.get(name), differences);
                }
            }
        } else if (!snapshot.equals(server)) {
            differences.add(at + ": snapshot " + abbreviate(snapshot) + ", server " + abbreviate(server));
        }
    }

    private static List<String> iterable(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "…" : text;
    }
}
