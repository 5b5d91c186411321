package org.fugong.notice;

import org.fugong.notice.internal.NoticeCountersDocument;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The figures of one notice: how many workers it targeted and reached, failed or invalid tokens,
 * reads, and the responses that stand (counted by the response feature, which plugs in as
 * {@link ResponseStatistics}).
 */
@Service
public class NoticeFigures {

    private final NoticeCounters counters;
    private final ObjectProvider<ResponseStatistics> responses;

    NoticeFigures(NoticeCounters counters, ObjectProvider<ResponseStatistics> responses) {
        this.counters = counters;
        this.responses = responses;
    }

    /** Targeted, sent, failed, invalid tokens, read and responses of one notice. */
    public NoticeStats stats(String id) {
        NoticeCountersDocument figures = counters.of(id);
        ResponseStatistics statistics = responses.getIfAvailable();
        long responseCount = statistics == null ? 0 : statistics.activeResponses(id);
        return new NoticeStats(figures.targeted, figures.sent, figures.failed, figures.invalidTokens, figures.read,
                responseCount);
    }
}
