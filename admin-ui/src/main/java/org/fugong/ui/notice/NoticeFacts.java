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

import java.util.Map;
import java.util.stream.Collectors;

/** A notice's facts and text as officials read them: always as plain text, never HTML. */
class NoticeFacts extends Composite<Div> {

    private final DescriptionList list = new DescriptionList();

    NoticeFacts(Notice notice, Map<String, String> enterpriseNames, String audienceText) {
        getContent().addClassName("notice-facts");
        fact("notice.audience", audienceText);
        fact("notice.responseKind", getTranslation("kind." + notice.responseKind().name()));
        fact("notice.respondBy", Formats.dateTime(notice.respondBy()));
        fact("notice.expiresAt", Formats.dateTime(notice.expiresAt()));
        fact("notice.scheduledAt", Formats.dateTime(notice.scheduledAt()));
        if (notice.jobFair() != null) {
            JobFair f = notice.jobFair();
            fact("fair.startsAt", Formats.dateTime(f.startsAt()));
            fact("fair.endsAt", Formats.dateTime(f.endsAt()));
            fact("fair.mode", f.mode() == null ? null : getTranslation("mode." + f.mode().name()));
            fact("fair.venue", f.venue());
            fact("fair.url", f.url());
            fact("fair.positions", f.positions() == null ? null : String.valueOf(f.positions()));
            fact("fair.capacity", f.capacity() == null ? null : String.valueOf(f.capacity()));
            fact("fair.enterprises", f.enterpriseIds().stream().map(id -> enterpriseNames.getOrDefault(id, id))
                    .collect(Collectors.joining("、")));
        }
        if (notice.returnBus() != null) {
            ReturnBus b = notice.returnBus();
            fact("bus.origin", b.origin() == null ? null : b.origin().toString());
            fact("bus.destination", b.destination() == null ? null : b.destination().toString());
            fact("bus.departsAt", Formats.dateTime(b.departsAt()));
            fact("bus.seats", b.seats() == null ? null : String.valueOf(b.seats()));
            fact("bus.pickupPoints", String.join("、", b.pickupPoints()));
            fact("bus.healthRequirement", b.healthRequirement());
            fact("bus.receivingEnterprise", b.receivingEnterpriseId() == null ? null
                    : enterpriseNames.getOrDefault(b.receivingEnterpriseId(), b.receivingEnterpriseId()));
        }
        if (notice.policy() != null) {
            Policy p = notice.policy();
            fact("policy.benefit", p.benefit() == null ? null : getTranslation("benefit." + p.benefit().name()));
            fact("policy.applicant", p.applicant() == null ? null : getTranslation("applicant." + p.applicant().name()));
            fact("policy.reaches", getTranslation(p.reachesWorkers() ? (p.applicant() == Applicant.WORKER
                    ? "policy.reaches.workers" : "policy.reaches.both") : "policy.reaches.enterprises"));
            fact("policy.amountPerPerson", Formats.money(p.amountPerPerson()));
            fact("policy.capPerEnterprise", Formats.money(p.capPerEnterprise()));
            fact("policy.deadline", Formats.dateTime(p.deadline()));
            fact("policy.eligibility", p.eligibility());
        }
        if (notice.jobPosting() != null) {
            JobPosting j = notice.jobPosting();
            fact("posting.enterprise", enterpriseNames.getOrDefault(j.enterpriseId(), j.enterpriseId()));
            fact("posting.title", j.title());
            fact("posting.headcount", j.headcount() == null ? null : String.valueOf(j.headcount()));
            fact("posting.salary", salary(j));
            fact("posting.requirements", j.requirements());
            fact("posting.internship", j.isInternship() ? getTranslation("yes") : null);
        }
        Paragraph bodyZh = new Paragraph(notice.body().zh());
        bodyZh.addClassName("notice-body");
        bodyZh.setId("notice-body-zh");
        getContent().add(list, bodyZh);
        if (notice.body().en() != null) {
            Paragraph bodyEn = new Paragraph(notice.body().en());
            bodyEn.addClassNames("notice-body", "notice-body-en");
            getContent().add(bodyEn);
        }
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
