package org.fugong.ui.notice;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.menubar.MenuBar;
import org.fugong.base.Role;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.security.StaffUser;
import org.fugong.ui.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.ui.ConsoleData.PASSWORD;

/**
 * The notices list offers a new notice to those who write them (officials) and tells the others
 * what they will find there; the review queue lists a colleague's notice waiting for approval, with
 * who wrote it.
 */
class NoticeListPagesTest extends PageTest {

    @Autowired
    NoticeService notices;

    @Test
    void an_official_is_offered_a_new_notice_on_an_empty_list() {
        data.user("list.official", "工作人员", Role.OFFICIAL);
        login("list.official", PASSWORD);
        UI.getCurrent().navigate("notices");

        assertThat(_get(_get(NoticesView.class), MenuBar.class).getItems().get(0).getText()).isEqualTo("新建通知");
        assertThat(grid("notices-grid").getEmptyStateText()).isEqualTo("还没有通知。点击“新建通知”并选择类型开始撰写。");
    }

    @Test
    void a_reviewer_is_offered_no_new_notice() {
        data.user("list.reviewer", "审核员", Role.REVIEWER);
        useEnglish();
        login("list.reviewer", PASSWORD);
        UI.getCurrent().navigate("notices");

        _assertNone(_get(NoticesView.class), MenuBar.class);
    }

    @Test
    void the_review_queue_lists_a_colleagues_notice_with_its_author() {
        StaffUser author = data.user("list.official", "陈撰稿", Role.OFFICIAL);
        data.user("list.reviewer", "审核员", Role.REVIEWER);
        Notice notice = notices.create(data.announcement("复工通知", "Back to work"), author.toActor());
        notices.submit(notice.id(), author.toActor());
        useEnglish();
        login("list.reviewer", PASSWORD);
        UI.getCurrent().navigate("review");

        Grid<?> queue = grid("review-grid");
        assertThat(GridKt._size(queue)).isEqualTo(1);
        assertThat(GridKt._getFormatted(queue, 0, "title")).isEqualTo("Back to work");
        assertThat(GridKt._getFormatted(queue, 0, "author")).isEqualTo("陈撰稿");
    }

    private static Grid<?> grid(String id) {
        return _get(Grid.class, spec -> spec.withId(id));
    }
}
