package org.fugong.enterprise;

/**
 * In what capacity someone wrote in a request's thread: for the enterprise (its HR), as its
 * task-force leader, as its dedicated specialist (专员), or as another official of the bureau.
 */
public enum RequestRole {
    HR,
    TASK_FORCE_LEADER,
    SPECIALIST,
    STAFF
}
