package org.fugong.ui.notice;

import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.NoticeActions;
import org.fugong.notice.NoticeFigures;
import org.fugong.notice.NoticeService;
import org.fugong.notice.ReviewHistory;
import org.fugong.push.PushService;
import org.fugong.response.BulkDecisions;
import org.fugong.response.ResponseActions;
import org.fugong.response.ResponseListing;
import org.fugong.response.EnterpriseResponses;
import org.fugong.response.ResponseExport;
import org.fugong.response.ResponseReview;
import org.fugong.response.SubsidyService;
import org.fugong.security.UserListing;
import org.fugong.ui.base.ConsoleTasks;
import org.fugong.ui.base.Feedback;
import org.springframework.stereotype.Component;

/** The services a notice's page calls, in one piece (the page is made of several parts that share them). */
@Component
record NoticePageServices(NoticeService notices, NoticeFigures figures, NoticeActions actions, ResponseActions responseActions,
                          ReviewHistory history, EnterpriseService enterprises, UserListing users, PushService push,
                          EnterpriseResponses enterpriseResponses, SubsidyService subsidies, ResponseListing listing,
                          ResponseReview review, ResponseExport export, BulkDecisions bulk, ConsoleTasks tasks, Feedback feedback) {

    ResponsesSection.Services responseSection() {
        return new ResponsesSection.Services(listing, review, export, bulk, tasks, feedback);
    }
}
