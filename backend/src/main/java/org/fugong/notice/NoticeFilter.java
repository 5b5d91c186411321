package org.fugong.notice;

import org.fugong.base.NoticeType;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Which notices a list shows: by status and type (empty = any), optionally only one author's. */
public record NoticeFilter(Set<NoticeStatus> statuses, Set<NoticeType> types, String authorId) {

    /** Blank values in a query (`?status=`) arrive as nulls: they do not constrain. */
    public NoticeFilter {
        statuses = statuses == null ? Set.of() : statuses.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
        types = types == null ? Set.of() : types.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    public static NoticeFilter any() {
        return new NoticeFilter(Set.of(), Set.of(), null);
    }

    public static NoticeFilter status(NoticeStatus status) {
        return new NoticeFilter(Set.of(status), Set.of(), null);
    }
}
