package org.fugong.response;

import java.util.List;

/**
 * The orders of a notice's responses: when they came (booking order), their status, when they last
 * changed, and a claim's amount. Who responded is not an order: names live with the workers.
 */
public enum ResponseSort {
    CREATED("createdAt"),
    STATUS("status"),
    UPDATED("updatedAt"),
    AMOUNT("amount");

    private final String field;

    ResponseSort(String field) {
        this.field = field;
    }

    List<String> fields() {
        return List.of(field);
    }
}
