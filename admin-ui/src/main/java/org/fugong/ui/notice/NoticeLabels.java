package org.fugong.ui.notice;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.ui.base.TermList;
import org.fugong.worker.Audience;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** How notices are named in lists: a short audience description, filters of "any" or one value. */
final class NoticeLabels {

    private NoticeLabels() {
    }

    /** A filter that is empty ("any") or one of the values, each by its label. */
    static <E> void anyOf(Select<E> select, String labelKey, E[] values, Function<E, String> label) {
        select.setLabel(select.getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? select.getTranslation("filter.any") : label.apply(v));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(select.getTranslation("filter.any"));
    }

    /** e.g. "赤坎区 · 制造业 · 焊工 · 求职中", or "全部务工人员". */
    static String audience(Component context, Audience audience, Map<String, String> enterpriseNames) {
        if (audience == null) {
            return "";
        }
        if (audience.all()) {
            return context.getTranslation("audience.all");
        }
        List<String> parts = new ArrayList<>();
        parts.addAll(audience.hometownProvinces());
        parts.addAll(audience.hometownCities());
        parts.addAll(audience.districts());
        parts.addAll(TermList.INDUSTRIES.names(audience.industries()));
        parts.addAll(TermList.SKILLS.names(audience.skills()));
        audience.employmentStatuses().forEach(s -> parts.add(context.getTranslation("employment." + s.name())));
        audience.enterpriseIds().forEach(id -> parts.add(enterpriseNames.getOrDefault(id,
                context.getTranslation("enterprise.unknown"))));
        parts.addAll(audience.schools());
        audience.graduationYears().forEach(y -> parts.add(context.getTranslation("audience.graduationYear", String.valueOf(y))));
        String text = String.join(" · ", parts);
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }

    /** Enterprise names for the rows a list shows, read by id as rows come and kept for the page's life. */
    static final class EnterpriseNames {
        private final EnterpriseService enterprises;
        private final Map<String, String> known = new HashMap<>();

        EnterpriseNames(EnterpriseService enterprises) {
            this.enterprises = enterprises;
        }

        Map<String, String> of(Collection<String> ids) {
            List<String> missing = ids.stream().filter(id -> !known.containsKey(id)).toList();
            if (!missing.isEmpty()) {
                known.putAll(enterprises.names(missing));
                missing.forEach(id -> known.putIfAbsent(id, null));
            }
            Map<String, String> names = new HashMap<>();
            ids.forEach(id -> {
                if (known.get(id) != null) {
                    names.put(id, known.get(id));
                }
            });
            return names;
        }
    }
}
