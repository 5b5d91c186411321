package org.fugong.reference;

import org.fugong.base.LocalizedText;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads the taxonomy's data files from {@code taxonomy/} on the classpath: tab-separated lines, lines
 * starting with {@code #} say where the data comes from. A malformed file stops the application
 * rather than serving half a list.
 */
final class TaxonomyFiles {

    private TaxonomyFiles() {
    }

    static List<Industry> industries() {
        return read("industries.tsv", 7, cols -> new Industry(cols[0], cols[1], cols[2].isEmpty() ? null : cols[2],
                LocalizedText.of(cols[3], cols[4]), cols[5], cols[6]));
    }

    static List<Skill> skills() {
        Map<String, OccupationGroup> groups = new LinkedHashMap<>();
        read("occupation-groups.tsv", 3, cols -> new OccupationGroup(cols[0], LocalizedText.of(cols[1], cols[2])))
                .forEach(group -> groups.put(group.code(), group));
        return read("occupations.tsv", 6, cols -> {
            OccupationGroup group = groups.get(cols[1]);
            if (group == null) {
                throw new IllegalArgumentException("unknown group " + cols[1]);
            }
            return new Skill(cols[0], group, LocalizedText.of(cols[2], cols[3]), cols[4], cols[5]);
        });
    }

    private static <T> List<T> read(String file, int columns, Function<String[], T> row) {
        List<T> rows = new ArrayList<>();
        try (InputStream in = TaxonomyFiles.class.getResourceAsStream("/taxonomy/" + file)) {
            if (in == null) {
                throw new IllegalStateException("taxonomy/" + file + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                try {
                    if (cols.length != columns) {
                        throw new IllegalArgumentException(cols.length + " columns instead of " + columns);
                    }
                    rows.add(row.apply(cols));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("taxonomy/" + file + " line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(rows);
    }
}
