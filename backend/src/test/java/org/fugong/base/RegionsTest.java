package org.fugong.base;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The GB/T 2260 names Fugong ships as data. */
class RegionsTest {

    private final Regions regions = Regions.china();

    @Test
    void zhanjiang_is_a_city_of_guangdong() {
        assertThat(regions.isProvince("广东省")).isTrue();
        assertThat(regions.isCity("湛江市")).isTrue();
        assertThat(regions.provinceOf("湛江市")).isEqualTo("广东省");
        assertThat(regions.isCityOf("广东省", "湛江市")).isTrue();
        assertThat(regions.citiesOf("广东省")).contains("湛江市", "广州市", "深圳市");
    }

    @Test
    void chikan_is_a_district_of_zhanjiang() {
        assertThat(regions.isDistrict("赤坎区")).isTrue();
        assertThat(regions.districtsOf("广东省", "湛江市")).contains("赤坎区", "霞山区", "坡头区", "麻章区");
    }

    @Test
    void workers_hometowns_in_guangxi_are_known() {
        assertThat(regions.isProvince("广西壮族自治区")).isTrue();
        assertThat(regions.isCityOf("广西壮族自治区", "玉林市")).isTrue();
        assertThat(regions.isCityOf("广东省", "玉林市")).isFalse();
    }

    @Test
    void every_province_level_division_is_there() {
        assertThat(regions.provinces()).hasSize(34).contains("北京市", "新疆维吾尔自治区", "香港特别行政区", "台湾省");
        assertThat(regions.isCityOf("北京市", "北京市")).as("a municipality is its own city").isTrue();
    }

    @Test
    void short_or_made_up_names_are_not_official_names() {
        assertThat(regions.isProvince("广东")).isFalse();
        assertThat(regions.isProvince("火星省")).isFalse();
        assertThat(regions.isCity("湛江")).isFalse();
        assertThat(regions.isDistrict("赤坎")).isFalse();
        assertThat(regions.isDistrict(null)).isFalse();
        assertThat(regions.provinceOf("哥谭市")).isNull();
        assertThat(regions.districtsOf("火星省", "湛江市")).isEmpty();
    }

    @Test
    void a_place_is_checked_field_by_field() {
        Problems wrongCity = new Problems();
        regions.check(new Place("广东省", "玉林市"), "origin", wrongCity, true);
        Problems wrongProvince = new Problems();
        regions.check(new Place("火星省", "湛江市"), "origin", wrongProvince, true);
        Problems missingCity = new Problems();
        regions.check(new Place("广东省", null), "origin", missingCity, true);
        Problems fine = new Problems();
        regions.check(new Place(" 广东省 ", "湛江市"), "origin", fine, true);

        assertThat(wrongCity.has("origin.city")).isTrue();
        assertThat(wrongProvince.has("origin.province")).isTrue();
        assertThat(missingCity.has("origin.city")).isTrue();
        assertThat(fine.isEmpty()).isTrue();
    }
}
