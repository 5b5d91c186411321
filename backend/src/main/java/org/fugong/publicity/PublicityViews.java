package org.fugong.publicity;

import org.fugong.base.Actor;
import org.fugong.base.Role;
import org.fugong.publicity.internal.ObjectionDocument;
import org.fugong.publicity.internal.PublicityDocument;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A publicity's documents as officials and as the public see them. */
final class PublicityViews {

    private PublicityViews() {
    }

    static Publicity staff(PublicityDocument d, List<Objection> objections, PublicityProperties properties) {
        List<PublicityLine> lines = d.lines.stream().map(l -> new PublicityLine(l.no(), l.enterpriseName(), l.persons(),
                l.amount(), l.trip(), l.payment())).toList();
        return new Publicity(d.id, d.policyId, d.policyTitle, d.benefit, d.status, d.announcementId, d.workingDays,
                d.createdBy, d.createdAt, d.publishedAt, d.objectionUntil, d.lastDay, lines, persons(d), total(d), objections,
                "public/publicity/" + d.id);
    }

    static PublicPublicity open(PublicityDocument d, Instant now) {
        List<PublicityLine> lines = d.lines.stream().map(l -> new PublicityLine(l.no(), l.enterpriseName(), l.persons(),
                l.amount(), l.trip(), null)).toList();
        return new PublicPublicity(d.id, d.policyTitle, d.benefit, d.status, d.publishedAt, d.objectionUntil, d.lastDay,
                d.workingDays, lines, persons(d), total(d), d.acceptsObjectionsAt(now));
    }

    static List<Objection> objections(PublicityDocument d, List<ObjectionDocument> docs, Actor actor) {
        Map<Integer, PublicityDocument.Line> byNo = d.lines.stream()
                .collect(Collectors.toMap(PublicityDocument.Line::no, Function.identity()));
        boolean mayAnswer = actor.hasAny(Role.OFFICIAL, Role.REVIEWER, Role.ADMIN);
        return docs.stream().map(o -> new Objection(o.id, o.publicityId, o.lineNo,
                o.lineNo == null || !byNo.containsKey(o.lineNo) ? null : byNo.get(o.lineNo).enterpriseName(), o.name,
                o.contact, o.text, o.at, o.answer, o.upheld, o.answeredBy, o.answeredAt,
                mayAnswer && o.answeredAt == null)).toList();
    }

    private static long persons(PublicityDocument d) {
        return d.lines.stream().map(PublicityDocument.Line::persons).filter(Objects::nonNull).mapToLong(Integer::longValue).sum();
    }

    private static BigDecimal total(PublicityDocument d) {
        return d.lines.stream().map(PublicityDocument.Line::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
