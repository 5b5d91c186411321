package org.fugong.worker;

import org.fugong.base.NoticeType;

import java.util.Set;

/** A worker in a notice's audience, with what the push pipeline needs: language and subscriptions. */
public record AudienceMember(String id, String locale, Set<NoticeType> subscriptions) {

    public boolean subscribesTo(NoticeType type) {
        return subscriptions.contains(type);
    }
}
