package org.fugong.ui.notice;

import com.vaadin.flow.component.Component;
import org.fugong.ui.base.Formats;

import java.math.BigDecimal;
import java.util.Map;
import java.util.stream.Collectors;

/** What a response's form held, in words: labelled, with its values as people read them. */
final class ResponseFields {

    private ResponseFields() {
    }

    /** e.g. "参会方式：线上；备注：带简历". */
    static String describe(Component context, Map<String, Object> fields) {
        if (fields == null || fields.isEmpty()) {
            return "";
        }
        return fields.entrySet().stream()
                .map(e -> context.getTranslation("field.pair", context.getTranslation("field." + e.getKey()),
                        value(context, e.getKey(), e.getValue())))
                .collect(Collectors.joining(context.getTranslation("field.separator")));
    }

    /** One value: a mode or a yes/no in words, money with its sign, the rest as written. */
    static String value(Component context, String field, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean yes) {
            return context.getTranslation(yes ? "yes" : "no");
        }
        if ("attendanceMode".equals(field)) {
            return context.getTranslation("mode." + value);
        }
        if ("expectedSalary".equals(field) && value instanceof Number n) {
            return Formats.money(BigDecimal.valueOf(n.longValue()));
        }
        return String.valueOf(value);
    }
}
