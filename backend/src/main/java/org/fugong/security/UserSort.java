package org.fugong.security;

import java.util.List;

/** The orders of the Users page. */
public enum UserSort {
    USERNAME("username"),
    DISPLAY_NAME("displayName"),
    CREATED("createdAt");

    private final String field;

    UserSort(String field) {
        this.field = field;
    }

    List<String> fields() {
        return List.of(field);
    }
}
