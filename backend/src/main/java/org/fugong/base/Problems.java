package org.fugong.base;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects what is wrong with an input so the caller hears about every field at once, then throws
 * {@link InvalidInputException} if anything was found.
 */
public final class Problems {

    private final List<FieldProblem> problems = new ArrayList<>();

    public Problems add(String field, String code, Object... args) {
        problems.add(FieldProblem.of(field, code, args));
        return this;
    }

    /** Records a problem unless {@code ok} holds. */
    public Problems check(boolean ok, String field, String code, Object... args) {
        if (!ok) {
            add(field, code, args);
        }
        return this;
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
