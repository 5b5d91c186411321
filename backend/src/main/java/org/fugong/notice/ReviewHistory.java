package org.fugong.notice;

import org.fugong.notice.internal.NoticeDocument;
import org.bson.types.ObjectId;
import org.fugong.base.Actor;
import org.fugong.base.NotFoundException;
import org.fugong.security.StaffUser;
import org.fugong.security.UserService;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a reviewer needs besides the notice: who wrote it (by name), why it was last sent back, and
 * which fields changed since then, so a resubmitted notice is judged on what is new.
 */
@Service
public class ReviewHistory {

    private final MongoTemplate mongo;
    private final UserService users;

    ReviewHistory(MongoTemplate mongo, UserService users) {
        this.mongo = mongo;
        this.users = users;
    }

    /** The last rejection: the reviewer's comment, who (by display name) and when. */
    public record Rejection(String comment, String reviewerName, Instant at) {
    }

    /** One field that differs from the rejected version: its value then and now (as {@link NoticeField#valueIn}). */
    public record Change(NoticeField field, Object before, Object after) {
    }

    /**
     * @param authorName  the author's display name
     * @param rejection   the last rejection, or null if it was never rejected
     * @param changes     fields changed since that rejection, in the form's order (empty without one)
     */
    public record Review(String authorName, Rejection rejection, List<Change> changes) {
    }

    /** The review history of a notice, for staff. */
    public Review of(String noticeId, Actor actor) {
        actor.requireStaff();
        NoticeDocument doc = noticeId != null && ObjectId.isValid(noticeId)
                ? mongo.findById(new ObjectId(noticeId), NoticeDocument.class) : null;
        if (doc == null) {
            throw new NotFoundException("notice", noticeId);
        }
        String author = users.findById(doc.authorId).map(StaffUser::displayName).orElse(null);
        NoticeDocument.RejectedVersion rejected = doc.lastRejection;
        if (rejected == null) {
            return new Review(author, null, List.of());
        }
        String reviewer = users.findById(rejected.reviewerId()).map(StaffUser::displayName).orElse(null);
        return new Review(author, new Rejection(rejected.comment(), reviewer, rejected.at()),
                changes(rejected.draft(), doc.draft()));
    }

    static List<Change> changes(NoticeDraft before, NoticeDraft after) {
        List<Change> changes = new ArrayList<>();
        for (NoticeField field : NoticeField.values()) {
            Object then = field.valueIn(before);
            Object now = field.valueIn(after);
            if (!Objects.equals(then, now)) {
                changes.add(new Change(field, then, now));
            }
        }
        return changes;
    }
}
