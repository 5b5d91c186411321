package org.fugong.ui.notice;

import com.vaadin.flow.component.Component;
import org.fugong.notice.NoticeField;
import org.fugong.worker.Audience;
import org.fugong.ui.base.Formats;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A notice field in words: its label (the same the editor shows) and its values as people read them,
 * for the editor's problem summary and the reviewer's list of changes.
 */
final class NoticeFieldLabels {

    private NoticeFieldLabels() {
    }

    static String label(Component context, NoticeField field) {
        return context.getTranslation(key(field));
    }

    static String key(NoticeField field) {
        return switch (field) {
            case TYPE -> "notice.type";
            case TITLE_ZH -> "notice.title.zh";
            case TITLE_EN -> "notice.title.en";
            case BODY_ZH -> "notice.body.zh";
            case BODY_EN -> "notice.body.en";
            case AUDIENCE -> "section.audience";
            case RESPONSE_KIND -> "notice.responseKind";
            case RESPOND_BY -> "notice.respondBy";
            case EXPIRES_AT -> "notice.expiresAt";
            case SCHEDULED_AT -> "notice.scheduledAt";
            case FAIR_STARTS_AT -> "fair.startsAt";
            case FAIR_ENDS_AT -> "fair.endsAt";
            case FAIR_MODE -> "fair.mode";
            case FAIR_VENUE -> "fair.venue";
            case FAIR_URL -> "fair.url";
            case FAIR_ENTERPRISES -> "fair.enterprises";
            case FAIR_POSITIONS -> "fair.positions";
            case FAIR_CAPACITY -> "fair.capacity";
            case BUS_ORIGIN_PROVINCE -> "bus.origin.province";
            case BUS_ORIGIN_CITY -> "bus.origin.city";
            case BUS_DESTINATION_PROVINCE -> "bus.destination.province";
            case BUS_DESTINATION_CITY -> "bus.destination.city";
            case BUS_DEPARTS_AT -> "bus.departsAt";
            case BUS_SEATS -> "bus.seats";
            case BUS_PICKUP_POINTS -> "bus.pickupPoints";
            case BUS_HEALTH -> "bus.healthRequirement";
            case BUS_RECEIVING_ENTERPRISE -> "bus.receivingEnterprise";
            case POLICY_BENEFIT -> "policy.benefit";
            case POLICY_APPLICANT -> "policy.applicant";
            case POLICY_AMOUNT -> "policy.amountPerPerson";
            case POLICY_CAP -> "policy.capPerEnterprise";
            case POLICY_DEADLINE -> "policy.deadline";
            case POLICY_ELIGIBILITY -> "policy.eligibility";
            case POSTING_ENTERPRISE -> "posting.enterprise";
            case POSTING_TITLE -> "posting.title";
            case POSTING_HEADCOUNT -> "posting.headcount";
            case POSTING_SALARY_MIN -> "posting.salaryMin";
            case POSTING_SALARY_MAX -> "posting.salaryMax";
            case POSTING_REQUIREMENTS -> "posting.requirements";
        };
    }

    /** A field's value in words: times in the bureau's time, codes by their labels, enterprises by name. */
    static String value(Component context, NoticeField field, Object value, NoticeLabels.EnterpriseNames names) {
        if (value == null) {
            return "—";
        }
        return switch (field) {
            case TYPE -> context.getTranslation("type." + ((Enum<?>) value).name());
            case RESPONSE_KIND -> context.getTranslation("kind." + ((Enum<?>) value).name());
            case FAIR_MODE -> context.getTranslation("mode." + ((Enum<?>) value).name());
            case POLICY_BENEFIT -> context.getTranslation("benefit." + ((Enum<?>) value).name());
            case POLICY_APPLICANT -> context.getTranslation("applicant." + ((Enum<?>) value).name());
            case AUDIENCE -> NoticeLabels.audience(context, (Audience) value, names.of(((Audience) value).enterpriseIds()));
            case FAIR_ENTERPRISES -> enterprises(context, (Collection<?>) value, names);
            case BUS_RECEIVING_ENTERPRISE, POSTING_ENTERPRISE -> enterprises(context, List.of(value), names);
            default -> plain(value);
        };
    }

    private static String enterprises(Component context, Collection<?> ids, NoticeLabels.EnterpriseNames names) {
        List<String> wanted = ids.stream().map(String::valueOf).toList();
        Map<String, String> known = names.of(wanted);
        return wanted.stream().map(id -> known.getOrDefault(id, context.getTranslation("enterprise.unknown")))
                .collect(Collectors.joining("、"));
    }

    private static String plain(Object value) {
        if (value instanceof Instant instant) {
            return Formats.dateTime(instant);
        }
        if (value instanceof BigDecimal amount) {
            return Formats.money(amount);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).collect(Collectors.joining("、"));
        }
        return String.valueOf(value);
    }
}
