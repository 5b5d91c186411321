package org.fugong.notice;

/** A job fair held online, on site, or both. */
public enum AttendanceMode {
    ONLINE,
    ONSITE,
    HYBRID
}
