package org.fugong.ui.enterprise;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import org.fugong.alert.StaffAlerts;
import org.fugong.base.Actor;
import org.fugong.base.CreditCodes;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.enterprise.EnterpriseRequest;
import org.fugong.enterprise.EnterpriseRequestService;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.NewEnterprise;
import org.fugong.enterprise.NewRequest;
import org.fugong.enterprise.RequestCategory;
import org.fugong.security.NewUser;
import org.fugong.security.UserService;
import org.fugong.ui.ConsoleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The dispatch clock in the console: the request list shows a key enterprise's time left and sorts by
 * it, clockless requests last; when 75 % of the time has gone the task force finds the warning in its
 * alerts.
 */
class DispatchConsoleTest extends ConsoleTest {

    @Autowired
    UserService users;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    EnterpriseRequestService requests;
    @Autowired
    StaffAlerts alerts;

    @Test
    void the_list_shows_time_left_sorts_by_it_and_the_warning_reaches_the_alerts() {
        Actor official = users.createIfAbsent(new NewUser("qiu.official", "password-1", "邱专员", Set.of(Role.OFFICIAL), null))
                .orElseThrow().toActor();
        Enterprise key = enterprise("湛江口罩厂", "91440800MA4KEYMK1", true, official);
        Enterprise plain = enterprise("湛江家具厂", "91440800MA4JXJWU1", false, official);
        requests.raise(plain.id(), new NewRequest(RequestCategory.POLICY_QUESTION, "社保补贴怎么申领？", null, null), official);
        EnterpriseRequest late = requests.raise(key.id(), new NewRequest(RequestCategory.TRANSPORT, "需要两辆通勤车", null, null),
                official);
        clock.advance(Duration.ofHours(2));
        requests.raise(key.id(), new NewRequest(RequestCategory.OTHER, "防疫物资", null, null), official);

        login("qiu.official", "password-1");
        UI.getCurrent().navigate("requests", QueryParameters.of("sort", "time_left"));
        Grid<EnterpriseRequest> all = all();
        assertThat(List.of(GridKt._get(all, 0).text(), GridKt._get(all, 1).text(), GridKt._get(all, 2).text()))
                .as("least time left first, the clockless last")
                .containsExactly("需要两辆通勤车", "防疫物资", "社保补贴怎么申领？");
        assertThat(GridKt._getCellComponent(all, 0, "timeLeft").getElement().getTextRecursively()).isEqualTo("受理还剩 22 小时 0 分");
        assertThat(GridKt._getCellComponent(all, 2, "timeLeft").getElement().getTextRecursively()).isEmpty();

        clock.advance(Duration.ofHours(17));
        await().atMost(Duration.ofSeconds(10)).until(() -> alerts.box(official).unread() > 0);
        UI.getCurrent().navigate("alerts");
        assertThat(_get(Span.class, spec -> spec.withClasses("alert-title")).getText())
                .isEqualTo("重点企业诉求即将超时：湛江口罩厂");
        assertThat(_get(Span.class, spec -> spec.withText("未读")).isVisible()).isTrue();
        assertThat(alerts.box(official).unread()).as("opening the page marks them seen").isZero();
        assertThat(requests.get(late.id(), official).deadlines().takeUpWarnedAt()).isNotNull();

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("requests", QueryParameters.of("sort", "time_left"));
        assertThat(GridKt._getCellComponent(all(), 0, "timeLeft").getElement().getTextRecursively())
                .isEqualTo("5 h 0 min left to take up");
        UI.getCurrent().navigate("alerts");
        _assertNone(Paragraph.class, spec -> spec.withId("alerts-none"));
    }

    private Enterprise enterprise(String name, String first17, boolean key, Actor official) {
        return enterprises.create(new NewEnterprise(name, first17 + CreditCodes.checkCharacter(first17), "manufacturing",
                "赤坎区", key, 100, "qiu.official", "qiu.official"), official);
    }

    @SuppressWarnings("unchecked")
    private static Grid<EnterpriseRequest> all() {
        return _get(Grid.class, spec -> spec.withId("all-requests"));
    }
}
