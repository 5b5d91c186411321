package org.fugong.reference;

import io.swagger.v3.oas.annotations.media.Schema;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import org.fugong.base.Regions;

import java.util.List;

/**
 * China's provinces, their prefecture-level cities and county-level districts by GB/T 2260 name, as
 * the API serves them: the one list the console, the apps and the checks share
 * ({@code regions/gbt2260.tsv}).
 */
public record RegionList(@Schema(requiredMode = REQUIRED) List<Province> provinces) {

    public record Province(@Schema(requiredMode = REQUIRED) String name, @Schema(requiredMode = REQUIRED) List<City> cities) {
    }

    public record City(@Schema(requiredMode = REQUIRED) String name, @Schema(requiredMode = REQUIRED) List<String> districts) {
    }

    static RegionList of(Regions regions) {
        return new RegionList(regions.provinces().stream()
                .map(p -> new Province(p, regions.citiesOf(p).stream()
                        .map(c -> new City(c, regions.districtsOf(p, c))).toList()))
                .toList());
    }
}
