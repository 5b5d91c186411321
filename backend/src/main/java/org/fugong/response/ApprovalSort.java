package org.fugong.response;

import java.util.List;

/** The orders of the approvals list: the latest approval first by default, or by amount. */
public enum ApprovalSort {
    APPROVED("reviewedAt"),
    AMOUNT("amount");

    private final String field;

    ApprovalSort(String field) {
        this.field = field;
    }

    List<String> fields() {
        return List.of(field);
    }
}
