package org.fugong.ui.notice;

import com.vaadin.flow.component.Component;
import org.fugong.notice.Notice;
import org.fugong.ui.base.Badges;
import org.fugong.ui.base.TermList;
import org.fugong.worker.Audience;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How notices are named in lists: a short audience description, badges for type and status. */
final class NoticeLabels {

    private NoticeLabels() {
    }

    static Component status(Component context, Notice notice) {
        return Badges.of(context.getTranslation("status." + notice.status().name()), Badges.variantOf(notice.status().name()));
    }

    static Component type(Component context, Notice notice) {
        return Badges.of(context.getTranslation("type." + notice.type().name()), "");
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
        audience.enterpriseIds().forEach(id -> parts.add(enterpriseNames.getOrDefault(id, id)));
        parts.addAll(audience.schools());
        audience.graduationYears().forEach(y -> parts.add(context.getTranslation("audience.graduationYear", String.valueOf(y))));
        String text = String.join(" · ", parts);
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }
}
