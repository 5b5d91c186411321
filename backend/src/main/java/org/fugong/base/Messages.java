package org.fugong.base;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Says a {@link FugongException} or a {@link FieldProblem} in the caller's language, from the
 * {@code messages} bundle ({@code messages.properties} is Chinese, {@code messages_en.properties}
 * English). The API and the console use the same texts.
 */
@Component
public class Messages {

    private static final Pattern CONSTANTS = Pattern.compile("[A-Z][A-Z_]+(/[A-Z][A-Z_]+)*");

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

    /**
     * Arguments that are themselves message keys (written as {@code #key}) are translated too, and so
     * are code values such as a status ({@code PUBLISHED}, or {@code OFFICIAL/REVIEWER}): people read
     * "已发布", never the constant. A constant without a label stays as it is.
     */
    private Object[] localize(List<Object> args, Locale locale) {
        return args.stream().map(arg -> {
            if (arg instanceof String s && s.startsWith("#")) {
                return get(s.substring(1), locale);
            }
            if (arg instanceof String s && CONSTANTS.matcher(s).matches()) {
                return String.join(" / ", Arrays.stream(s.split("/")).map(c -> constant(c, locale)).toList());
            }
            return arg;
        }).toArray();
    }

    private String constant(String code, Locale locale) {
        return source.getMessage("constant." + code, null, code, locale);
    }
}
