package org.fugong.base;

import java.util.List;

/** Input that breaks a rule: 400, with the problem for each field. */
public class InvalidInputException extends FugongException {

    private final transient List<FieldProblem> problems;

    public InvalidInputException(List<FieldProblem> problems) {
        super("error.invalid-input");
        this.problems = List.copyOf(problems);
    }

    public static InvalidInputException of(String field, String code, Object... args) {
        return new InvalidInputException(List.of(FieldProblem.of(field, code, args)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public String getMessage() {
        return "invalid input: " + problems;
    }

    @Override
    public int status() {
        return 400;
    }
}
