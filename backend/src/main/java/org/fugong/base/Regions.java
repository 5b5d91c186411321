package org.fugong.base;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * China's provinces, prefecture-level cities and county-level districts by their official
 * (GB/T 2260) names, shipped as data in {@code regions/gbt2260.tsv}. Hometowns and bus origins are
 * validated against it, and the console offers it in its pickers.
 */
public final class Regions {

    private static final Regions INSTANCE = load();

    private final Map<String, Map<String, List<String>>> tree;
    private final Set<String> districts;
    private final Map<String, String> provinceOfCity;

    private Regions(Map<String, Map<String, List<String>>> tree) {
        this.tree = tree;
        Set<String> allDistricts = new LinkedHashSet<>();
        Map<String, String> cityToProvince = new LinkedHashMap<>();
        tree.forEach((province, cities) -> cities.forEach((city, ds) -> {
            cityToProvince.putIfAbsent(city, province);
            allDistricts.addAll(ds);
        }));
        this.districts = Collections.unmodifiableSet(allDistricts);
        this.provinceOfCity = Collections.unmodifiableMap(cityToProvince);
    }

    public static Regions china() {
        return INSTANCE;
    }

    public List<String> provinces() {
        return List.copyOf(tree.keySet());
    }

    public List<String> citiesOf(String province) {
        Map<String, List<String>> cities = tree.get(province);
        return cities == null ? List.of() : List.copyOf(cities.keySet());
    }

    public List<String> districtsOf(String province, String city) {
        Map<String, List<String>> cities = tree.get(province);
        if (cities == null || !cities.containsKey(city)) {
            return List.of();
        }
        return cities.get(city);
    }

    public boolean isProvince(String name) {
        return name != null && tree.containsKey(name);
    }

    public boolean isCity(String name) {
        return name != null && provinceOfCity.containsKey(name);
    }

    public boolean isCityOf(String province, String city) {
        Map<String, List<String>> cities = tree.get(province);
        return cities != null && city != null && cities.containsKey(city);
    }

    public boolean isDistrict(String name) {
        return name != null && districts.contains(name);
    }

    /** The province a city belongs to, or {@code null} for an unknown city. */
    public String provinceOf(String city) {
        return provinceOfCity.get(city);
    }

    /** Checks a place given as province and city; problems are reported under {@code field}. */
    public void check(Place place, String field, Problems problems, boolean required) {
        if (place == null || place.isEmpty()) {
            problems.check(!required, field, "error.required");
            return;
        }
        if (!isProvince(place.province())) {
            problems.add(field + ".province", "error.province");
        } else if (place.city() != null && !isCityOf(place.province(), place.city())) {
            problems.add(field + ".city", "error.city", place.province());
        } else if (place.city() == null && required) {
            problems.add(field + ".city", "error.required");
        }
    }

    private static Regions load() {
        Map<String, Map<String, List<String>>> tree = new LinkedHashMap<>();
        try (InputStream in = Regions.class.getResourceAsStream("/regions/gbt2260.tsv")) {
            if (in == null) {
                throw new IllegalStateException("regions/gbt2260.tsv is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                Map<String, List<String>> cities = tree.computeIfAbsent(cols[1], p -> new LinkedHashMap<>());
                List<String> ds = cities.computeIfAbsent(cols[2], c -> new ArrayList<>());
                if (cols.length > 3 && !cols[3].isEmpty()) {
                    ds.add(cols[3]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        tree.values().forEach(cities -> cities.replaceAll((city, ds) -> List.copyOf(ds)));
        return new Regions(Collections.unmodifiableMap(tree));
    }
}
