package org.fugong.notice;

import org.fugong.base.Actor;
import org.fugong.base.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.notice.NoticeFixtures.AUTHOR;
import static org.fugong.notice.NoticeFixtures.ENTERPRISE;
import static org.fugong.notice.NoticeFixtures.NOW;
import static org.fugong.notice.NoticeFixtures.announcement;
import static org.fugong.notice.NoticeFixtures.bus;
import static org.fugong.notice.NoticeFixtures.hr;
import static org.fugong.notice.NoticeFixtures.rejected;
import static org.fugong.notice.NoticeFixtures.user;

/**
 * What a notice's page offers whom, by the rules alone: the author edits and submits, someone else
 * approves, staff see delivery figures once it went out and the review history while it is reviewed,
 * everyone sees why it was sent back and how many it would reach before it goes out.
 */
class NoticeActionsTest {

    private final NoticeActions actions = new NoticeActions(Clock.fixed(NOW, ZoneOffset.UTC));
    private final Actor author = user(AUTHOR, Role.OFFICIAL);
    private final Actor otherOfficial = user("official-2", Role.OFFICIAL);
    private final Actor reviewer = user("reviewer-1", Role.REVIEWER);
    private final Actor admin = user("admin-1", Role.ADMIN);
    private final Actor hrUser = hr("hr-1", ENTERPRISE);

    @Test
    void only_officials_write_notices() {
        assertThat(actions.mayWrite(author)).isTrue();
        assertThat(actions.mayWrite(reviewer)).isFalse();
        assertThat(actions.mayWrite(admin)).isFalse();
        assertThat(actions.mayWrite(hrUser)).isFalse();
    }

    @Test
    void the_author_edits_and_submits_a_draft_and_sees_how_many_it_would_reach() {
        assertThat(actions.of(announcement(NoticeStatus.DRAFT), author).actions())
                .containsExactlyInAnyOrder(NoticeAction.EDIT, NoticeAction.SUBMIT, NoticeAction.SEE_AUDIENCE_SIZE);
        assertThat(actions.of(announcement(NoticeStatus.DRAFT), otherOfficial).actions())
                .containsExactly(NoticeAction.SEE_AUDIENCE_SIZE);
    }

    @Test
    void someone_other_than_the_author_approves_and_staff_read_the_review_history() {
        NoticeActions.Allowed forReviewer = actions.of(announcement(NoticeStatus.IN_REVIEW), reviewer);
        assertThat(forReviewer.actions()).contains(NoticeAction.APPROVE, NoticeAction.REJECT, NoticeAction.SEE_REVIEW_HISTORY,
                NoticeAction.SEE_AUDIENCE_SIZE);
        assertThat(forReviewer.waitingForOthers()).isFalse();

        Actor reviewingAuthor = user(AUTHOR, Role.OFFICIAL, Role.REVIEWER);
        NoticeActions.Allowed ownNotice = actions.of(announcement(NoticeStatus.IN_REVIEW), reviewingAuthor);
        assertThat(ownNotice.actions()).doesNotContain(NoticeAction.APPROVE, NoticeAction.REJECT);
        assertThat(ownNotice.waitingForOthers()).as("the two-person rule").isTrue();
        assertThat(actions.of(announcement(NoticeStatus.IN_REVIEW), otherOfficial).actions())
                .doesNotContain(NoticeAction.APPROVE).contains(NoticeAction.SEE_REVIEW_HISTORY);
    }

    @Test
    void a_rejected_notice_tells_why_and_goes_back_to_its_author() {
        Notice sentBack = rejected(announcement(NoticeStatus.IN_REVIEW), "标题有错别字");
        assertThat(actions.of(sentBack, author).actions()).contains(NoticeAction.EDIT, NoticeAction.SUBMIT,
                NoticeAction.READ_REJECTION, NoticeAction.SEE_REVIEW_HISTORY).doesNotContain(NoticeAction.SEE_AUDIENCE_SIZE);
        assertThat(actions.of(rejected(announcement(NoticeStatus.IN_REVIEW), null), author).actions())
                .as("nothing to read without a comment").doesNotContain(NoticeAction.READ_REJECTION);
    }

    @Test
    void staff_see_delivery_figures_only_once_the_notice_went_out() {
        assertThat(actions.of(announcement(NoticeStatus.DRAFT), admin).may(NoticeAction.SEE_DELIVERY)).isFalse();
        assertThat(actions.of(announcement(NoticeStatus.SCHEDULED), admin).may(NoticeAction.SEE_DELIVERY)).isFalse();
        assertThat(actions.of(announcement(NoticeStatus.PUBLISHED), admin).may(NoticeAction.SEE_DELIVERY)).isTrue();
        assertThat(actions.of(announcement(NoticeStatus.RECALLED), reviewer).may(NoticeAction.SEE_DELIVERY)).isTrue();
        assertThat(actions.of(announcement(NoticeStatus.PUBLISHED), hrUser).may(NoticeAction.SEE_DELIVERY)).isFalse();
    }

    @Test
    void staff_recall_a_published_notice_and_open_a_published_trips_manifest() {
        assertThat(actions.of(bus(NoticeStatus.PUBLISHED), otherOfficial).actions())
                .contains(NoticeAction.RECALL, NoticeAction.RECALL_WITH_PUSH, NoticeAction.OPEN_MANIFEST);
        assertThat(actions.of(bus(NoticeStatus.RECALLED), otherOfficial).actions())
                .contains(NoticeAction.OPEN_MANIFEST).doesNotContain(NoticeAction.RECALL);
        // a scheduled notice reached nobody yet: it can be recalled, with nobody to tell
        assertThat(actions.of(bus(NoticeStatus.SCHEDULED), otherOfficial).actions())
                .contains(NoticeAction.RECALL).doesNotContain(NoticeAction.RECALL_WITH_PUSH);
        assertThat(actions.of(bus(NoticeStatus.IN_REVIEW), otherOfficial).actions()).doesNotContain(NoticeAction.OPEN_MANIFEST);
        assertThat(actions.of(bus(NoticeStatus.PUBLISHED), hrUser).actions()).doesNotContain(NoticeAction.RECALL,
                NoticeAction.OPEN_MANIFEST);
    }

    @Test
    void hr_acknowledges_a_published_notice_once() {
        Notice published = announcement(NoticeStatus.PUBLISHED);
        assertThat(actions.of(published, hrUser).actions()).containsExactly(NoticeAction.ACKNOWLEDGE);
        Notice read = published.withAcknowledgements(java.util.List.of(new Acknowledgement(ENTERPRISE, "湛江甲厂", "hr-1", "hr-1", NOW)));
        NoticeActions.Allowed after = actions.of(read, hrUser);
        assertThat(after.actions()).isEmpty();
        assertThat(after.acknowledged()).isTrue();
        assertThat(actions.of(published, hr("hr-2", null)).actions()).as("an HR user of no enterprise").isEmpty();
    }
}
