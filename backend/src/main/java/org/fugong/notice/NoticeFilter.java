package org.fugong.notice;

import org.fugong.base.NoticeType;

import java.util.Set;

/** Which notices a list shows: by status and type (empty = any), optionally only one author's. */
public record NoticeFilter(Set<NoticeStatus> statuses, Set<NoticeType> types, String authorId) {

    public NoticeFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        types = types == null ? Set.of() : Set.copyOf(types);
    }

    public static NoticeFilter any() {
        return new NoticeFilter(Set.of(), Set.of(), null);
    }

    public static NoticeFilter status(NoticeStatus status) {
        return new NoticeFilter(Set.of(status), Set.of(), null);
    }
}
