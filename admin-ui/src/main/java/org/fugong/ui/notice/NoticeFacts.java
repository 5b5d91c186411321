package org.fugong.ui.notice;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.fugong.notice.JobFair;
import org.fugong.notice.JobPosting;
import org.fugong.notice.Notice;
import org.fugong.notice.Applicant;
import org.fugong.notice.Policy;
import org.fugong.notice.ReturnBus;
import org.fugong.ui.base.Formats;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A notice's facts and text as officials read them: always as plain text, never HTML; codes in words,
 * enterprises by name; the text in the reader's language first, then in the other when it has one.
 */
class NoticeFacts extends Composite<Div> {

    private final DescriptionList list = new DescriptionList();
    private final Map<String, String> enterpriseNames;

    NoticeFacts(Notice notice, Map<String, String> enterpriseNames, String audienceText) {
        this.enterpriseNames = enterpriseNames;
        getContent().addClassName("notice-facts");
        fact("notice.audience", audienceText);
        fact("notice.responseKind", getTranslation("kind." + notice.responseKind().name()));
        fact("notice.respondBy", Formats.dateTime(notice.respondBy()));
        fact("notice.expiresAt", Formats.dateTime(notice.expiresAt()));
        fact("notice.scheduledAt", Formats.dateTime(notice.scheduledAt()));
        if (notice.jobFair() != null) {
            jobFair(notice.jobFair());
        }
        if (notice.returnBus() != null) {
            returnBus(notice.returnBus());
        }
        if (notice.policy() != null) {
            policy(notice.policy());
        }
        if (notice.jobPosting() != null) {
            JobPosting j = notice.jobPosting();
            fact("posting.enterprise", name(j.enterpriseId()));
            fact("posting.title", j.title());
            fact("posting.headcount", j.headcount() == null ? null : String.valueOf(j.headcount()));
            fact("posting.salary", salary(j));
            fact("posting.requirements", j.requirements());
            fact("posting.internship", j.isInternship() ? getTranslation("yes") : null);
        }
        getContent().add(list);
        boolean english = "en".equals(getLocale().getLanguage());
        String first = english && notice.body().en() != null ? notice.body().en() : notice.body().zh();
        Paragraph body = new Paragraph(first);
        body.addClassName("notice-body");
        body.setId("notice-body");
        body.getElement().setAttribute("lang", english && notice.body().en() != null ? "en" : "zh-CN");
        getContent().add(body);
        String other = english ? (notice.body().en() != null ? notice.body().zh() : null) : notice.body().en();
        if (other != null) {
            Paragraph second = new Paragraph(other);
            second.addClassNames("notice-body", "notice-body-other");
            second.setId("notice-body-other");
            second.getElement().setAttribute("lang", english ? "zh-CN" : "en");
            getContent().add(second);
        }
    }

    /** Every enterprise a notice names, for one read of their names. */
    static List<String> enterpriseIdsOf(Notice n) {
        Set<String> ids = new LinkedHashSet<>(n.audience().enterpriseIds());
        if (n.jobFair() != null) {
            ids.addAll(n.jobFair().enterpriseIds());
        }
        if (n.jobPosting() != null && n.jobPosting().enterpriseId() != null) {
            ids.add(n.jobPosting().enterpriseId());
        }
        if (n.returnBus() != null && n.returnBus().receivingEnterpriseId() != null) {
            ids.add(n.returnBus().receivingEnterpriseId());
        }
        return List.copyOf(ids);
    }

    private void jobFair(JobFair f) {
        fact("fair.startsAt", Formats.dateTime(f.startsAt()));
        fact("fair.endsAt", Formats.dateTime(f.endsAt()));
        fact("fair.mode", f.mode() == null ? null : getTranslation("mode." + f.mode().name()));
        fact("fair.venue", f.venue());
        fact("fair.url", f.url());
        fact("fair.positions", f.positions() == null ? null : String.valueOf(f.positions()));
        fact("fair.capacity", f.capacity() == null ? null : String.valueOf(f.capacity()));
        fact("fair.enterprises", f.enterpriseIds().stream().map(this::name).collect(Collectors.joining("、")));
    }

    private void returnBus(ReturnBus b) {
        fact("bus.origin", b.origin() == null ? null : b.origin().toString());
        fact("bus.destination", b.destination() == null ? null : b.destination().toString());
        fact("bus.departsAt", Formats.dateTime(b.departsAt()));
        fact("bus.seats", b.seats() == null ? null : String.valueOf(b.seats()));
        fact("bus.pickupPoints", String.join("、", b.pickupPoints()));
        fact("bus.healthRequirement", b.healthRequirement());
        fact("bus.receivingEnterprise", b.receivingEnterpriseId() == null ? null : name(b.receivingEnterpriseId()));
    }

    private void policy(Policy p) {
        fact("policy.benefit", p.benefit() == null ? null : getTranslation("benefit." + p.benefit().name()));
        fact("policy.applicant", p.applicant() == null ? null : getTranslation("applicant." + p.applicant().name()));
        fact("policy.reaches", getTranslation(p.reachesWorkers() ? (p.applicant() == Applicant.WORKER
                ? "policy.reaches.workers" : "policy.reaches.both") : "policy.reaches.enterprises"));
        fact("policy.amountPerPerson", Formats.money(p.amountPerPerson()));
        fact("policy.capPerEnterprise", Formats.money(p.capPerEnterprise()));
        fact("policy.deadline", Formats.dateTime(p.deadline()));
        fact("policy.eligibility", p.eligibility());
    }

    private String name(String enterpriseId) {
        return enterpriseNames.getOrDefault(enterpriseId, getTranslation("enterprise.unknown"));
    }

    private static String salary(JobPosting j) {
        if (j.salaryMin() == null && j.salaryMax() == null) {
            return null;
        }
        return (j.salaryMin() == null ? "" : "¥" + j.salaryMin()) + " – " + (j.salaryMax() == null ? "" : "¥" + j.salaryMax());
    }

    private void fact(String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        list.add(new DescriptionList.Term(getTranslation(key)), new DescriptionList.Description(value));
    }
}
