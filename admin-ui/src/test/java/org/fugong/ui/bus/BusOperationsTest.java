package org.fugong.ui.bus;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.fugong.base.Role;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.notice.NoticeStatus;
import org.fugong.notice.ResponseKind;
import org.fugong.response.BusService;
import org.fugong.response.ResponseService;
import org.fugong.response.ResponseReview;
import org.fugong.response.ResponseStatus;
import org.fugong.security.StaffUser;
import org.fugong.ui.ConsoleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * At the bus door and before it: a cancellation says how many passengers it tells and asks again;
 * arrival is refused before boarding; a boarding or an arrival marked by mistake is undone the same day.
 */
class BusOperationsTest extends ConsoleTest {

    @Autowired
    NoticeService notices;
    @Autowired
    ResponseService responses;

    @Autowired
    ResponseReview responseReview;

    private Notice bus;
    private StaffUser official;
    private final List<String> passengers = new ArrayList<>();

    @BeforeEach
    void aBusWithTwoSeatsAndThreePassengers() {
        official = data.user("door.official", "车门工作人员", Role.OFFICIAL);
        StaffUser reviewer = data.user("door.reviewer", "车门审核员", Role.REVIEWER);
        for (int i = 0; i < 3; i++) {
            passengers.add(data.worker("乘客" + i, "door-token-" + i));
        }
        bus = data.publish(data.bus("玉林—湛江返岗专车", "Yulin–Zhanjiang bus",
                clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES), 2),
                official.toActor(), reviewer.toActor(), passengers);
        for (String p : passengers) {
            responses.submit(p, bus.id(), ResponseKind.SEAT_BOOKING, Map.of("pickupPoint", "玉林汽车总站"), "seat-" + p);
        }
        login("door.official", "password-1");
        UI.getCurrent().navigate("buses/" + bus.id());
    }

    @Test
    void a_cancellation_names_who_will_be_told_and_asks_again_before_it_is_sent() {
        _click(_get(Button.class, spec -> spec.withId("bus-change")));
        @SuppressWarnings("unchecked")
        Select<BusService.ChangeKind> kind = _get(Select.class, spec -> spec.withId("change-kind"));
        _setValue(kind, BusService.ChangeKind.CANCEL);
        assertThat(_get(Paragraph.class, spec -> spec.withId("change-who")).getText())
                .isEqualTo("变更将以高优先级推送给 2 名已订座乘客和 1 名候补乘客。");
        _click(_get(Button.class, spec -> spec.withId("change-send")));

        ConfirmDialog again = _get(ConfirmDialog.class, spec -> spec.withId("cancel-confirm"));
        assertThat(ConfirmDialogKt._getText(again)).contains("2 名已订座乘客", "1 名候补乘客", "无法撤销");
        assertThat(notices.find(bus.id()).orElseThrow().status()).as("nothing happens before the second yes")
                .isEqualTo(NoticeStatus.PUBLISHED);
        ConfirmDialogKt._fireConfirm(again);

        assertThat(notices.find(bus.id()).orElseThrow().status()).isEqualTo(NoticeStatus.RECALLED);
        await().atMost(Duration.ofSeconds(15)).until(() -> fcm.received(m -> bus.id().equals(m.noticeId())
                && "CHANGE".equals(m.kind())).size() == 3);
        assertThat(NotificationsKt.getNotifications().get(0).getElement().getProperty("text")).contains("3 名乘客");
    }

    @Test
    void arrival_is_refused_before_boarding_and_check_offs_are_undone_the_same_day() {
        Grid<BusService.ManifestEntry> manifest = manifest();
        BusService.ManifestEntry first = GridKt._get(manifest, 0);
        HorizontalLayout cell = (HorizontalLayout) GridKt._getCellComponent(manifest, 0, "actions");
        _assertNone(cell, Button.class, spec -> spec.withId("arrive-" + first.responseId()));

        // asked anyway (another official's stale page), the service refuses it and says why
        _get(BusTripView.class).act(first, BusService.BoardingAction.ARRIVE);
        assertThat(NotificationsKt.getNotifications()).extracting(n -> n.getElement().getProperty("text"))
                .contains("乘客尚未登记上车，不能登记到达。");
        assertThat(responseReview.get(first.responseId(), actor()).arrivedAt()).isNull();

        _click(_get(cell, Button.class, spec -> spec.withId("board-" + first.responseId())));
        cell = (HorizontalLayout) GridKt._getCellComponent(manifest, 0, "actions");
        _click(_get(cell, Button.class, spec -> spec.withId("arrive-" + first.responseId())));
        assertThat(responseReview.get(first.responseId(), actor()).arrivedAt()).isNotNull();

        // a slip of the finger: undo the arrival, then the boarding
        cell = (HorizontalLayout) GridKt._getCellComponent(manifest, 0, "actions");
        _click(_get(cell, Button.class, spec -> spec.withId("unarrive-" + first.responseId())));
        cell = (HorizontalLayout) GridKt._getCellComponent(manifest, 0, "actions");
        _click(_get(cell, Button.class, spec -> spec.withId("unboard-" + first.responseId())));
        assertThat(responseReview.get(first.responseId(), actor()).boardedAt()).isNull();
        assertThat(responseReview.get(first.responseId(), actor()).status()).isEqualTo(ResponseStatus.CONFIRMED);

        // a boarding of yesterday stands
        _click(_get((HorizontalLayout) GridKt._getCellComponent(manifest, 0, "actions"), Button.class,
                spec -> spec.withId("board-" + first.responseId())));
        clock.advance(Duration.ofDays(1));
        UI.getCurrent().getPage().reload();
        manifest = manifest();
        cell = (HorizontalLayout) GridKt._getCellComponent(manifest, 0, "actions");
        _assertNone(cell, Button.class, spec -> spec.withId("unboard-" + first.responseId()));
        _get(cell, Button.class, spec -> spec.withId("arrive-" + first.responseId()));
    }

    private org.fugong.base.Actor actor() {
        return official.toActor();
    }

    @SuppressWarnings("unchecked")
    private static Grid<BusService.ManifestEntry> manifest() {
        return _get(Grid.class, spec -> spec.withId("manifest-grid"));
    }
}
