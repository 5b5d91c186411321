package fugong.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A message bundle in two languages, read as the application reads it, and compared. */
public final class Bundles {

    /** A placeholder, plain ({@code {1}}) or formatted ({@code {1,number,0}}, {@code {1,choice,…}}). */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");

    private Bundles() {
    }

    /** A properties file on the class path, in UTF-8. */
    public static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Bundles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("no " + resource + " on the class path");
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    /** The numbers of the placeholders a text fills in. */
    public static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The keys whose two texts fill in different placeholders, each with both sets ("[0, 1] vs [0]"). */
    public static Map<String, String> placeholderDifferences(Properties chinese, Properties english) {
        Map<String, String> differences = new TreeMap<>();
        for (String key : chinese.stringPropertyNames()) {
            Set<String> zh = placeholders(chinese.getProperty(key));
            Set<String> en = placeholders(english.getProperty(key, ""));
            if (!zh.equals(en)) {
                differences.put(key, zh + " vs " + en);
            }
        }
        return differences;
    }
}
