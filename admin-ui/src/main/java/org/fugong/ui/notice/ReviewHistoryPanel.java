package org.fugong.ui.notice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import org.fugong.notice.ReviewHistory;
import org.fugong.ui.base.Formats;

/**
 * What the reviewer reads before deciding: who wrote the notice, why it was last sent back (by whom
 * and when), and each field changed since then with its value then and now.
 */
class ReviewHistoryPanel extends Div {

    ReviewHistoryPanel(ReviewHistory.Review review, NoticeLabels.EnterpriseNames names) {
        addClassName("review-history");
        setId("review-history");
        Paragraph author = new Paragraph(getTranslation("review.author",
                review.authorName() == null ? getTranslation("user.unknown") : review.authorName()));
        author.setId("review-author");
        add(author);
        ReviewHistory.Rejection rejection = review.rejection();
        if (rejection == null) {
            return;
        }
        Paragraph previous = new Paragraph(getTranslation("review.previous",
                rejection.reviewerName() == null ? getTranslation("user.unknown") : rejection.reviewerName(),
                Formats.dateTime(rejection.at()), rejection.comment() == null ? "" : rejection.comment()));
        previous.setId("review-previous");
        add(previous);
        if (review.changes().isEmpty()) {
            Span none = new Span(getTranslation("review.unchanged"));
            none.setId("review-unchanged");
            add(none);
            return;
        }
        NativeTable table = new NativeTable();
        table.setId("review-changes");
        NativeTableHeader head = new NativeTableHeader();
        head.addRows(new NativeTableRow(new NativeTableHeaderCell(getTranslation("review.field")),
                new NativeTableHeaderCell(getTranslation("review.before")), new NativeTableHeaderCell(getTranslation("review.after"))));
        NativeTableBody body = new NativeTableBody();
        for (ReviewHistory.Change change : review.changes()) {
            body.addRows(new NativeTableRow(new NativeTableCell(NoticeFieldLabels.label(this, change.field())),
                    new NativeTableCell(NoticeFieldLabels.value(this, change.field(), change.before(), names)),
                    new NativeTableCell(NoticeFieldLabels.value(this, change.field(), change.after(), names))));
        }
        table.add(head, body);
        add(new Paragraph(getTranslation("review.changes", review.changes().size())), table);
    }
}
