package org.fugong.base;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Says a {@link FugongException} or a {@link FieldProblem} in the caller's language, from the
 * {@code messages} bundle ({@code messages.properties} is Chinese, {@code messages_en.properties}
 * English). The API and the console use the same texts.
 */
@Component
public class Messages {

    private final MessageSource source;

    Messages(MessageSource source) {
        this.source = source;
    }

    public String get(String code, Locale locale, Object... args) {
        try {
            return source.getMessage(code, localize(List.of(args), locale), locale);
        } catch (NoSuchMessageException e) {
            return code;
        }
    }

    public String describe(FugongException e, Locale locale) {
        return get(e.code(), locale, e.args().toArray());
    }

    public String describe(FieldProblem problem, Locale locale) {
        return get(problem.code(), locale, problem.args().toArray());
    }

    /**
     * Several problems of one input as one sentence, each under its field ("phone：…"), for places
     * that report a whole line at once, such as the lines an import rejected.
     */
    public String describeAll(List<FieldProblem> problems, Locale locale) {
        return String.join(" ", problems.stream()
                .map(p -> get("import.field-problem", locale, p.field(), describe(p, locale)))
                .toList());
    }

    /** Arguments that are themselves message keys (written as {@code #key}) are translated too. */
    private Object[] localize(List<Object> args, Locale locale) {
        return args.stream()
                .map(arg -> arg instanceof String s && s.startsWith("#") ? get(s.substring(1), locale) : arg)
                .toArray();
    }
}
