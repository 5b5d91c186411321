package org.fugong.base;

import java.util.List;

/**
 * One thing wrong with one input field: the field's path as the client sent it, a message key in
 * the {@code messages} bundle and its arguments. Rendered in the caller's language by {@link Messages}.
 */
public record FieldProblem(String field, String code, List<Object> args) {

    public FieldProblem {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldProblem of(String field, String code, Object... args) {
        return new FieldProblem(field, code, List.of(args));
    }
}
