package org.fugong.push;

import org.fugong.base.NoticeType;

/** The Android notification channel of each notice type; the app creates channels with these ids. */
final class Channels {

    private Channels() {
    }

    static String of(NoticeType type) {
        return switch (type) {
            case JOB_FAIR -> "job_fairs";
            case POLICY -> "policies";
            case RETURN_BUS -> "return_bus";
            case JOB_POSTING -> "jobs";
            case ANNOUNCEMENT -> "general";
        };
    }
}
