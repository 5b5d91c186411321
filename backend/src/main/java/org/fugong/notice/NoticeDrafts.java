package org.fugong.notice;

import org.fugong.notice.internal.NoticeDocument;
import org.fugong.base.InvalidInputException;
import org.fugong.base.Problems;
import org.fugong.base.Texts;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.worker.Audience;

/** What an official writes, checked and put into a notice's document: a draft and a review comment. */
final class NoticeDrafts {

    static final int MAX_COMMENT = 1000;

    private NoticeDrafts() {
    }

    static NoticeDraft validated(NoticeDraft input, Audience previous, EnterpriseService enterprises) {
        if (input == null) {
            throw InvalidInputException.of("notice", "error.required");
        }
        NoticeDraft draft = NoticeRules.normalize(input);
        Problems problems = new Problems();
        NoticeRules.check(draft, enterprises::exists, previous, problems);
        problems.throwIfAny();
        if (draft.jobPosting() != null) {
            String name = enterprises.find(draft.jobPosting().enterpriseId()).map(e -> e.name()).orElse(null);
            draft = new NoticeDraft(draft.type(), draft.title(), draft.body(), draft.audience(), draft.responseKind(),
                    draft.respondBy(), draft.expiresAt(), draft.scheduledAt(), draft.jobFair(), draft.returnBus(),
                    draft.policy(), draft.jobPosting().named(name));
        }
        return draft;
    }

    static void apply(NoticeDraft draft, NoticeDocument doc) {
        doc.type = draft.type();
        doc.title = draft.title();
        doc.body = draft.body();
        doc.audience = draft.audience();
        doc.responseKind = draft.responseKind();
        doc.respondBy = draft.respondBy();
        doc.expiresAt = draft.expiresAt();
        doc.scheduledAt = draft.scheduledAt();
        doc.jobFair = draft.jobFair();
        doc.returnBus = draft.returnBus();
        doc.policy = draft.policy();
        doc.jobPosting = draft.jobPosting();
    }

    static String checkComment(String comment, boolean required) {
        String note = Texts.trimToNull(comment);
        Problems problems = new Problems();
        problems.check(!required || note != null, "comment", "error.required");
        problems.check(note == null || note.length() <= MAX_COMMENT, "comment", "error.max-length", MAX_COMMENT);
        problems.throwIfAny();
        return note;
    }
}
