package org.fugong.base;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CSV files officials upload, the other half of {@link CsvExport}: read as {@link Uploads} says
 * (limits, UTF-8 with or without BOM, else GB18030), parsed by Commons CSV, with a header row naming
 * the columns in any order and letter case. A header with an unknown, repeated or missing required
 * column refuses the whole file (400): guessing what a misspelt column meant would import wrong data.
 * Each row keeps the line of the file it starts on, so problems can be reported where a person
 * looking at the file will find them.
 */
public final class CsvImport {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();

    private CsvImport() {
    }

    /**
     * One row of the file.
     *
     * @param line     the line of the file the row starts on (the header is line 1)
     * @param values   trimmed values by column name; blank cells and absent columns are {@code null}
     * @param problems what is wrong with the row's shape (more values than the header has columns)
     */
    public record Row(int line, Map<String, String> values, List<FieldProblem> problems) {

        public String get(String column) {
            return values.get(column);
        }
    }

    /**
     * Reads every row of an upload; rows with nothing in them are skipped.
     *
     * @param columns  the columns the file may have, in their canonical spelling
     * @param required those of them the header must name
     */
    public static List<Row> read(InputStream in, Collection<String> columns, Collection<String> required) {
        return read(in, null, columns, required).rows();
    }

    /** The rows of a file and the encoding it was read in. */
    public record Parsed(List<Row> rows, String encoding) {
    }

    /**
     * Reads every row of an upload in the charset it declares (see {@link Uploads#decode}).
     *
     * @param declared the request's charset, or null
     */
    public static Parsed read(InputStream in, String declared, Collection<String> columns, Collection<String> required) {
        Uploads.Text upload = Uploads.decode(in, declared);
        return new Parsed(rows(upload.content(), columns, required), upload.encoding());
    }

    private static List<Row> rows(String text, Collection<String> columns, Collection<String> required) {
        int[] lineStarts = lineStarts(text);
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            Iterator<CSVRecord> records = parser.iterator();
            try {
                if (!records.hasNext()) {
                    throw InvalidInputException.of("file", "error.upload-empty");
                }
                String[] names = header(records.next(), columns, required);
                while (records.hasNext()) {
                    CSVRecord record = records.next();
                    if (record.stream().allMatch(v -> Texts.trimToNull(v) == null)) {
                        continue;
                    }
                    Uploads.checkLines(rows.size() + 1L);
                    rows.add(row(record, names, line(lineStarts, record.getCharacterPosition())));
                }
            } catch (UncheckedIOException malformed) {
                throw InvalidInputException.of("file", "error.csv-malformed", parser.getCurrentLineNumber() + 1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The canonical column name of each header cell ({@code null} for a blank one), or every problem with it. */
    private static String[] header(CSVRecord header, Collection<String> columns, Collection<String> required) {
        Map<String, String> known = new LinkedHashMap<>();
        columns.forEach(c -> known.put(c.toLowerCase(Locale.ROOT), c));
        String[] names = new String[header.size()];
        Set<String> seen = new LinkedHashSet<>();
        Set<String> unknown = new LinkedHashSet<>();
        Set<String> repeated = new LinkedHashSet<>();
        for (int i = 0; i < header.size(); i++) {
            String cell = Texts.trimToNull(header.get(i));
            if (cell == null) {
                continue;
            }
            String name = known.get(cell.toLowerCase(Locale.ROOT));
            if (name == null) {
                unknown.add(cell);
            } else if (!seen.add(name)) {
                repeated.add(name);
            }
            names[i] = name;
        }
        List<String> missing = required.stream().filter(c -> !seen.contains(c)).toList();
        Problems problems = new Problems();
        problems.check(unknown.isEmpty(), "header", "error.csv-header-unknown", String.join(", ", unknown));
        problems.check(repeated.isEmpty(), "header", "error.csv-header-repeated", String.join(", ", repeated));
        problems.check(missing.isEmpty(), "header", "error.csv-header-missing", String.join(", ", missing));
        problems.throwIfAny();
        return names;
    }

    private static Row row(CSVRecord record, String[] names, int line) {
        Map<String, String> values = new LinkedHashMap<>();
        Arrays.stream(names).filter(n -> n != null).forEach(n -> values.put(n, null));
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
            String value = Texts.trimToNull(record.get(i));
            if (i < names.length && names[i] != null) {
                values.put(names[i], value);
            } else if (value != null && problems.isEmpty()) {
                // a value under no column: the row is shifted, or the header lost a column
                problems.add(FieldProblem.of("line", "error.csv-columns", record.size(), names.length));
            }
        }
        return new Row(line, values, List.copyOf(problems));
    }

    /** Offsets at which each line of the text starts; CR LF, LF and CR end a line, as for Commons CSV. */
    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int line(int[] lineStarts, long position) {
        int found = Arrays.binarySearch(lineStarts, (int) position);
        return (found >= 0 ? found : -found - 2) + 1;
    }
}
