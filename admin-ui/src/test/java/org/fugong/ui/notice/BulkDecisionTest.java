package org.fugong.ui.notice;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.notice.Notice;
import org.fugong.notice.ResponseKind;
import org.fugong.response.ResponseRow;
import org.fugong.response.ResponseService;
import org.fugong.response.ResponseReview;
import org.fugong.response.ResponseStatus;
import org.fugong.security.StaffUser;
import org.fugong.ui.ConsoleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An official selects thirty applications and accepts them at once with one note. One of them was
 * withdrawn by its worker meanwhile: the service refuses that one, decides and tells the other 29,
 * and the dialog says who was refused and why.
 */
class BulkDecisionTest extends ConsoleTest {

    private static final int APPLICANTS = 30;

    @Autowired
    ResponseService responses;

    @Autowired
    ResponseReview responseReview;

    @Test
    void thirty_applications_are_accepted_at_once_and_the_one_withdrawn_meanwhile_is_named_as_refused() {
        StaffUser official = data.user("bulk.official", "批量工作人员", Role.OFFICIAL);
        StaffUser reviewer = data.user("bulk.reviewer", "批量审核员", Role.REVIEWER);
        Enterprise employer = data.enterprise("湛江批量测试厂", official, false);
        List<String> workers = new ArrayList<>();
        for (int i = 0; i < APPLICANTS; i++) {
            workers.add(data.worker(String.format("申请人%02d", i), "bulk-token-" + i));
        }
        Notice posting = data.publish(data.posting("包装工", "Packer", employer), official.toActor(), reviewer.toActor(), workers);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < APPLICANTS; i++) {
            ids.add(responses.submit(workers.get(i), posting.id(), ResponseKind.APPLY, Map.of("message", "熟练"), "b" + i).id());
        }

        login("bulk.official", "password-1");
        UI.getCurrent().navigate("notices/" + posting.id());
        @SuppressWarnings("unchecked")
        Grid<ResponseRow> grid = _get(Grid.class, spec -> spec.withId("responses-grid"));
        GridKt._fetch(grid, 0, APPLICANTS).forEach(grid::select);
        assertThat(_get(Span.class, spec -> spec.withId("bulk-selected")).getText()).contains("30");

        // the seventh applicant withdraws while the official is deciding
        responses.cancel(workers.get(7), ids.get(7));

        _click(_get(Button.class, spec -> spec.withId("bulk-ACCEPTED")));
        _setValue(_get(TextArea.class, spec -> spec.withId("bulk-note")), "请于周一上午到厂报到");
        _click(_get(Button.class, spec -> spec.withId("bulk-confirm")));
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
            MockVaadin.runUIQueue();
            return !_get(Div.class, spec -> spec.withId("bulk-result")).getElement().getTextRecursively().isEmpty();
        });

        String result = _get(Div.class, spec -> spec.withId("bulk-result")).getElement().getTextRecursively();
        assertThat(result).contains("29");
        UnorderedList refused = _get(UnorderedList.class, spec -> spec.withId("bulk-refused"));
        assertThat(refused.getChildren().count()).isEqualTo(1);
        assertThat(refused.getElement().getTextRecursively()).contains("申请人07").contains("已取消").doesNotContain("CANCELLED");
        assertThat(_get(Span.class, spec -> spec.withId("bulk-counter")).getText()).contains("30 / 30");
        for (int i = 0; i < APPLICANTS; i++) {
            ResponseStatus expected = i == 7 ? ResponseStatus.CANCELLED : ResponseStatus.ACCEPTED;
            assertThat(responseReview.get(ids.get(i), official.toActor()).status()).as("applicant %d", i).isEqualTo(expected);
        }
        assertThat(responseReview.get(ids.get(0), official.toActor()).note()).isEqualTo("请于周一上午到厂报到");
        await().atMost(Duration.ofSeconds(20)).until(() -> fcm.received(m -> posting.id().equals(m.noticeId())
                && "DECISION".equals(m.kind())).size() == APPLICANTS - 1);
    }
}
