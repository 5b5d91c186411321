package org.fugong.worker;

import org.fugong.base.NoticeType;

import java.util.List;
import java.util.Set;

/**
 * A worker in a notice's audience, with what the push pipeline needs: language, subscriptions and
 * the active devices to push to.
 */
public record AudienceMember(String id, String locale, Set<NoticeType> subscriptions, List<PushTarget> targets) {

    public boolean subscribesTo(NoticeType type) {
        return subscriptions.contains(type);
    }
}
