package org.fugong.reference;

import org.fugong.base.Regions;

import java.util.List;

/**
 * China's provinces, their prefecture-level cities and county-level districts by GB/T 2260 name, as
 * the API serves them: the one list the console, the apps and the checks share
 * ({@code regions/gbt2260.tsv}).
 */
public record RegionList(List<Province> provinces) {

    public record Province(String name, List<City> cities) {
    }

    public record City(String name, List<String> districts) {
    }

    static RegionList of(Regions regions) {
        return new RegionList(regions.provinces().stream()
                .map(p -> new Province(p, regions.citiesOf(p).stream()
                        .map(c -> new City(c, regions.districtsOf(p, c))).toList()))
                .toList());
    }
}
