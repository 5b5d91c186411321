package org.fugong.notice;

import java.util.List;

/**
 * The orders the console's notice lists offer. Type and status order by their code, which groups
 * like with like; the times order by when it happened.
 */
public enum NoticeSort {
    CREATED("createdAt"),
    TITLE("title.zh"),
    TYPE("type"),
    STATUS("status"),
    PUBLISHED("publishedAt"),
    SUBMITTED("submittedAt"),
    DEPARTS("returnBus.departsAt");

    private final String field;

    NoticeSort(String field) {
        this.field = field;
    }

    List<String> fields() {
        return List.of(field);
    }
}
