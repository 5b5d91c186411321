package org.fugong.reference;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every data file says where it comes from and under which licence in its header, and the README's
 * data section says the same, word for word: one note, wherever it appears.
 */
class DataSourcesTest {

    @ParameterizedTest
    @ValueSource(strings = {"regions/gbt2260.tsv", "taxonomy/industries.tsv", "taxonomy/occupations.tsv",
            "taxonomy/occupation-groups.tsv"})
    void the_readme_states_the_source_and_licence_of_each_data_file_as_the_file_does(String file) throws IOException {
        String note;
        try (InputStream in = DataSourcesTest.class.getResourceAsStream("/" + file)) {
            note = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("# Source: ")).findFirst().orElseThrow().substring(2);
        }
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

        assertThat(note).contains("Licence: ");
        assertThat(readme).contains("| `" + file + "` |").contains(note);
    }
}
