package org.fugong.notice;

import java.util.List;

/**
 * A worker was given notices published before they joined their audience (a late sign-up, a profile
 * change). {@code pushable} are those of types they subscribe to, newest first: at most one push
 * tells them about all of these, never one push each.
 */
public record InboxBackfilled(String workerId, List<String> pushable) {

    public InboxBackfilled {
        pushable = List.copyOf(pushable);
    }
}
