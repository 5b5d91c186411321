package org.fugong.enterprise;

import java.util.List;

/** The orders of the enterprise registry: key enterprises first (the default), or by a column. */
public enum EnterpriseSort {
    KEY_FIRST("-key", "name"),
    NAME("name"),
    INDUSTRY("industry"),
    DISTRICT("district"),
    HEADCOUNT("headcount"),
    CREATED("createdAt");

    private final List<String> fields;

    EnterpriseSort(String... fields) {
        this.fields = List.of(fields);
    }

    List<String> fields() {
        return fields;
    }
}
