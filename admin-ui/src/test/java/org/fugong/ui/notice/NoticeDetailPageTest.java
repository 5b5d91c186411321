package org.fugong.ui.notice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.security.StaffUser;
import org.fugong.ui.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.ui.ConsoleData.PASSWORD;

/**
 * A notice's page offers each reader what the notice service allows them now, and nothing else: the
 * author edits and submits a draft; a reviewer approves or sends back someone else's notice and reads
 * its review; a reviewer who wrote it is told another must; HR marks their posting read once and sees
 * their own applicants' figures, never the bureau's.
 */
class NoticeDetailPageTest extends PageTest {

    @Autowired
    NoticeService notices;

    @Test
    void the_author_edits_and_submits_a_draft_and_nothing_else() {
        StaffUser author = data.user("page.author", "撰稿人", Role.OFFICIAL);
        Notice draft = notices.create(data.announcement("复工通知", "Back to work"), author.toActor());

        open("page.author", draft);

        assertThat(button("submit").getText()).isEqualTo("提交审核");
        assertThat(button("edit").getText()).isEqualTo("编辑");
        _assertNone(Button.class, spec -> spec.withId("approve"));
        _assertNone(Button.class, spec -> spec.withId("recall"));
        _assertNone(Div.class, spec -> spec.withId("review-history"));
        _assertNone(Div.class, spec -> spec.withId("delivery-figures"));
    }

    @Test
    void a_reviewer_approves_or_sends_back_someone_elses_notice_and_reads_its_review() {
        StaffUser author = data.user("page.author", "撰稿人", Role.OFFICIAL);
        data.user("page.reviewer", "审核员", Role.REVIEWER);
        Notice draft = notices.create(data.announcement("复工通知", "Back to work"), author.toActor());
        notices.submit(draft.id(), author.toActor());
        useEnglish();

        open("page.reviewer", draft);

        assertThat(button("approve").getText()).isEqualTo("Approve");
        assertThat(button("reject").getText()).isEqualTo("Send back");
        _assertOne(ReviewHistoryPanel.class);
        _assertNone(Button.class, spec -> spec.withId("edit"));
        _assertNone(Button.class, spec -> spec.withId("submit"));
    }

    @Test
    void a_reviewer_who_wrote_the_notice_is_told_another_reviewer_must_approve_it() {
        StaffUser both = data.user("page.both", "撰稿审核员", Role.OFFICIAL, Role.REVIEWER);
        Notice draft = notices.create(data.announcement("复工通知", "Back to work"), both.toActor());
        notices.submit(draft.id(), both.toActor());

        open("page.both", draft);

        assertThat(_get(Span.class, spec -> spec.withId("own-notice-hint")).getText())
                .isEqualTo("这是您撰写的通知，须由另一位审核员审批。");
        _assertNone(Button.class, spec -> spec.withId("approve"));
    }

    @Test
    void hr_marks_their_posting_read_once_and_sees_their_own_figures_not_the_bureaus() {
        StaffUser official = data.user("page.official", "工作人员", Role.OFFICIAL);
        StaffUser reviewer = data.user("page.reviewer", "审核员", Role.REVIEWER);
        Enterprise factory = data.enterprise("湛江页面厂", official, false);
        data.hr("page.hr", "人事", factory.id());
        Notice posting = data.publish(data.posting("焊工", "Welders", factory), official.toActor(), reviewer.toActor(), List.of());

        open("page.hr", posting);

        Button acknowledge = button("acknowledge");
        assertThat(acknowledge.getText()).isEqualTo("标记已阅");
        _click(acknowledge);
        assertThat(button("acknowledge").getText()).isEqualTo("已阅");
        assertThat(button("acknowledge").isEnabled()).isFalse();
        _assertOne(Div.class, spec -> spec.withId("enterprise-figures"));
        _assertNone(Div.class, spec -> spec.withId("delivery-figures"));
        _assertNone(Button.class, spec -> spec.withId("recall"));
    }

    @Test
    void staff_recall_a_published_notice_and_see_its_delivery_not_an_enterprises_figures() {
        StaffUser official = data.user("page.official", "工作人员", Role.OFFICIAL);
        StaffUser reviewer = data.user("page.reviewer", "审核员", Role.REVIEWER);
        Enterprise factory = data.enterprise("湛江页面厂", official, false);
        Notice posting = data.publish(data.posting("焊工", "Welders", factory), official.toActor(), reviewer.toActor(), List.of());

        open("page.official", posting);

        assertThat(button("recall").getText()).isEqualTo("撤回");
        _assertOne(Div.class, spec -> spec.withId("delivery-figures"));
        _assertNone(Div.class, spec -> spec.withId("enterprise-figures"));
        _assertNone(Button.class, spec -> spec.withId("acknowledge"));
    }

    private void open(String username, Notice notice) {
        login(username, PASSWORD);
        UI.getCurrent().navigate("notices/" + notice.id());
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
