package org.fugong.ui.notice;

import org.fugong.enterprise.EnterpriseService;
import org.fugong.notice.NoticeActions;
import org.fugong.notice.NoticeService;
import org.fugong.notice.ReviewHistory;
import org.fugong.push.PushService;
import org.fugong.response.BulkDecisions;
import org.fugong.response.ResponseActions;
import org.fugong.response.ResponseListing;
import org.fugong.response.ResponseService;
import org.fugong.response.SubsidyService;
import org.fugong.security.UserListing;
import org.fugong.ui.base.ConsoleTasks;
import org.fugong.ui.base.Feedback;
import org.springframework.stereotype.Component;

/** The services a notice's page calls, in one piece (the page is made of several parts that share them). */
@Component
record NoticePageServices(NoticeService notices, NoticeActions actions, ResponseActions responseActions, ReviewHistory history, EnterpriseService enterprises,
                          UserListing users, PushService push, ResponseService responses, SubsidyService subsidies,
                          ResponseListing listing, BulkDecisions bulk, ConsoleTasks tasks, Feedback feedback) {

    ResponsesSection.Services responseSection() {
        return new ResponsesSection.Services(listing, responses, bulk, tasks, feedback);
    }
}
