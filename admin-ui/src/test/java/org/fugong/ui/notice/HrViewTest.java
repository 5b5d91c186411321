package org.fugong.ui.notice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import org.fugong.response.Response;
import org.fugong.response.EnterpriseResponses;
import org.fugong.response.ResponseStatus;
import org.fugong.ui.ConsoleTest;
import org.fugong.ui.Tour;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An enterprise's HR user on a policy's page: its claims read as pending, approved and left; a claim
 * is withdrawn only after saying yes to what it means; and the bureau's delivery figures are not
 * theirs to see — on their own posting they see their own applicants' figures instead.
 */
class HrViewTest extends ConsoleTest {

    @Autowired
    EnterpriseResponses enterpriseResponses;

    @Test
    void hr_reads_pending_approved_and_left_withdraws_after_confirming_and_sees_no_bureau_figures() {
        Tour tour = Tour.build(data, context, clock);
        login(Tour.HR, "password-1");
        UI.getCurrent().navigate("notices/" + tour.policy.id());

        assertThat(_get(Paragraph.class, spec -> spec.withId("subsidy-standing")).getText())
                .isEqualTo("待审批 ¥3,000，已批准 ¥12,000，尚可申领 ¥35,000（每家企业上限 ¥50,000）。");
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("delivery-figures"));

        List<Response> mine = enterpriseResponses.ofEnterprise(tour.policy.id(), users().toActor());
        Response pending = mine.stream().filter(r -> r.status() == ResponseStatus.SUBMITTED).findFirst().orElseThrow();
        @SuppressWarnings("unchecked")
        Grid<Response> claims = _get(Grid.class, spec -> spec.withId("enterprise-own-responses"));
        int row = GridKt._fetch(claims, 0, GridKt._size(claims)).stream().map(Response::id).toList().indexOf(pending.id());
        _click((Button) GridKt._getCellComponent(claims, row, "withdraw"));
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("withdraw-confirm"));
        assertThat(ConfirmDialogKt._getText(confirm)).contains("¥3,000");
        assertThat(enterpriseResponses.ofEnterprise(tour.policy.id(), users().toActor())).extracting(Response::status)
                .as("nothing is withdrawn before the yes").contains(ResponseStatus.SUBMITTED);
        ConfirmDialogKt._fireConfirm(confirm);
        assertThat(enterpriseResponses.ofEnterprise(tour.policy.id(), users().toActor())).extracting(Response::status)
                .doesNotContain(ResponseStatus.SUBMITTED);
        assertThat(_get(Paragraph.class, spec -> spec.withId("subsidy-standing")).getText()).startsWith("待审批 ¥0，已批准 ¥12,000");

        UI.getCurrent().navigate("notices/" + tour.posting.id());
        _assertNone(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("delivery-figures"));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, spec -> spec.withId("enterprise-figures"))
                .getElement().getTextRecursively()).contains("4", "收到回应");
    }

    private org.fugong.security.StaffUser users() {
        return context.getBean(org.fugong.security.UserService.class).findByUsername(Tour.HR).orElseThrow();
    }
}
