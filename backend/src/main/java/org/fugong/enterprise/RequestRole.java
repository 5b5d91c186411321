package org.fugong.enterprise;

/**
 * In what capacity someone wrote in a request's thread: for the enterprise (its HR), as its
 * task-force leader, as its dedicated specialist (专员), as another official of the bureau, as a
 * worker (a request opened from their follow-up answer), or as Fugong itself (the dispatch clock).
 */
public enum RequestRole {
    HR,
    TASK_FORCE_LEADER,
    SPECIALIST,
    STAFF,
    WORKER,
    SYSTEM
}
