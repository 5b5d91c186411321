package org.fugong.enterprise;

import java.util.List;

/** The orders of the requests list: newest first by default, or by a column. */
public enum RequestSort {
    CREATED("createdAt"),
    UPDATED("updatedAt"),
    ENTERPRISE("enterpriseName"),
    CATEGORY("category"),
    STATUS("status"),
    URGENT_FIRST("-urgent", "createdAt"),
    /** The least time left on the dispatch clock first; requests without a running clock after them. */
    TIME_LEFT("dueOrder", "createdAt");

    private final List<String> fields;

    RequestSort(String... fields) {
        this.fields = List.of(fields);
    }

    List<String> fields() {
        return fields;
    }
}
