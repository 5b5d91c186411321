package org.fugong.notice;

/** Response counts per notice, provided by the response feature. */
public interface ResponseStatistics {

    /** Active (not cancelled) responses to a notice. */
    long activeResponses(String noticeId);
}
