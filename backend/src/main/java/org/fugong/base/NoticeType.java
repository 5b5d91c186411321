package org.fugong.base;

/**
 * The five kinds of notice the bureau publishes. Shared vocabulary: workers subscribe to pushes by
 * type, the console filters by it, and the push channel on the phone follows it.
 */
public enum NoticeType {
    JOB_FAIR,
    POLICY,
    RETURN_BUS,
    JOB_POSTING,
    ANNOUNCEMENT
}
