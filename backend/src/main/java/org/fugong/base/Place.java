package org.fugong.base;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.annotation.JsonIgnore;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

/** A province and city by their official (GB/T 2260) names, e.g. 广东省 / 湛江市. */
public record Place(@Schema(requiredMode = REQUIRED) String province, String city) {

    public Place {
        province = Texts.trimToNull(province);
        city = Texts.trimToNull(city);
    }

    @JsonIgnore
    public boolean isEmpty() {
        return province == null && city == null;
    }

    @Override
    public String toString() {
        return (province == null ? "" : province) + (city == null || city.equals(province) ? "" : city);
    }
}
