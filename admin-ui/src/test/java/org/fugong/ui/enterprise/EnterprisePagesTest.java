package org.fugong.ui.enterprise;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.enterprise.EnterpriseRequest;
import org.fugong.enterprise.EnterpriseRequestService;
import org.fugong.enterprise.NewRequest;
import org.fugong.enterprise.RequestCategory;
import org.fugong.security.StaffUser;
import org.fugong.ui.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.ui.ConsoleData.PASSWORD;

/**
 * The enterprises list offers registering to officials and administrators only; a request's page
 * offers the bureau taking it up and resolving it, and reopening once resolved, while the
 * enterprise's HR user only writes in its thread and has no queue.
 */
class EnterprisePagesTest extends PageTest {

    @Autowired
    EnterpriseRequestService requests;

    private StaffUser official;
    private Enterprise factory;

    @BeforeEach
    void anEnterpriseWithItsHr() {
        official = data.user("ent.official", "工作人员", Role.OFFICIAL);
        factory = data.enterprise("湛江诉求厂", official, true);
        data.hr("ent.hr", "人事", factory.id());
    }

    @Test
    void an_official_registers_enterprises_and_a_reviewer_only_reads_the_list() {
        login("ent.official", PASSWORD);
        UI.getCurrent().navigate("enterprises");
        assertThat(_get(Button.class, spec -> spec.withId("new-enterprise")).getText()).isEqualTo("登记企业");
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("enterprises-grid")))).isEqualTo(1);

        data.user("ent.reviewer", "审核员", Role.REVIEWER);
        useEnglish();
        login("ent.reviewer", PASSWORD);
        UI.getCurrent().navigate("enterprises");
        _assertNone(Button.class, spec -> spec.withId("new-enterprise"));
        _assertNone(Button.class, spec -> spec.withId("import-enterprises"));
    }

    @Test
    void the_bureau_takes_up_and_resolves_an_open_request_and_reopens_a_resolved_one() {
        EnterpriseRequest request = raise();
        login("ent.official", PASSWORD);
        UI.getCurrent().navigate("requests");
        _assertOne(Grid.class, spec -> spec.withId("request-queue"));

        UI.getCurrent().navigate("requests/" + request.id());
        assertThat(button("request-take-up").getText()).isEqualTo("接手处理");
        assertThat(button("request-resolve").getText()).isEqualTo("办结");
        _assertNone(Button.class, spec -> spec.withId("request-reopen"));

        requests.resolve(request.id(), "联系了人力资源市场", "招到二十人", official.toActor());
        useEnglish();
        login("ent.official", PASSWORD);
        UI.getCurrent().navigate("requests/" + request.id());
        assertThat(button("request-reopen").getText()).isEqualTo("Reopen");
        _assertNone(Button.class, spec -> spec.withId("request-take-up"));
        _assertNone(Button.class, spec -> spec.withId("request-resolve"));
    }

    @Test
    void the_enterprises_hr_user_writes_in_the_thread_and_has_no_queue_nor_actions() {
        EnterpriseRequest request = raise();
        login("ent.hr", PASSWORD);
        UI.getCurrent().navigate("requests");
        _assertNone(Grid.class, spec -> spec.withId("request-queue"));

        UI.getCurrent().navigate("requests/" + request.id());
        _assertNone(Button.class, spec -> spec.withId("request-take-up"));
        _assertNone(Button.class, spec -> spec.withId("request-resolve"));
        _assertOne(Button.class, spec -> spec.withId("request-reply-send"));
    }

    private EnterpriseRequest raise() {
        StaffUser hr = context.getBean(org.fugong.security.UserService.class).findByUsername("ent.hr").orElseThrow();
        return requests.raise(factory.id(), new NewRequest(RequestCategory.LABOUR_SHORTAGE, "急需焊工二十名", 20, null),
                hr.toActor());
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }
}
