package org.fugong.ui.bus;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.fugong.base.Role;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.notice.ResponseKind;
import org.fugong.response.BusService;
import org.fugong.response.ResponseService;
import org.fugong.response.ResponseListing;
import org.fugong.response.ResponseReview;
import org.fugong.response.ResponseStatus;
import org.fugong.security.StaffUser;
import org.fugong.ui.ConsoleData;
import org.fugong.ui.ConsoleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The bus pages in the console: the trip list, the manifest with boarding and arrival checked off
 * per passenger, the CSV link, and a delay sent to the passengers.
 */
class BusManifestTest extends ConsoleTest {

    @Autowired
    NoticeService notices;
    @Autowired
    ResponseService responses;
    @Autowired
    ResponseReview responseReview;
    @Autowired
    ResponseListing responseListing;

    private static String cell(Grid<?> grid, int row, String column) {
        return GridKt._getCellComponent(grid, row, column).getElement().getTextRecursively();
    }

    @Test
    void an_official_checks_passengers_off_on_the_manifest_and_announces_a_delay() {
        StaffUser official = data.user("sun.official", "孙工作人员", Role.OFFICIAL);
        StaffUser reviewer = data.user("zhou.reviewer", "周审核员", Role.REVIEWER);
        List<String> passengers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            passengers.add(data.worker("乘客" + i, "+8615900000" + (200 + i), "manifest-token-" + i));
        }
        Instant departs = clock.instant().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
        Notice bus = data.publish(data.bus("玉林—湛江返岗专车", "Yulin–Zhanjiang return bus", departs, 2), official.toActor(),
                reviewer.toActor(), passengers);
        for (String p : passengers) {
            responses.submit(p, bus.id(), ResponseKind.SEAT_BOOKING, Map.of("pickupPoint", ConsoleData.PICKUP), "seat-" + p);
        }

        login("sun.official", "password-1");
        UI.getCurrent().navigate("buses");
        Grid<?> trips = _get(Grid.class, spec -> spec.withId("buses-grid"));
        assertThat(GridKt._size(trips)).isEqualTo(1);
        GridKt._clickItem(trips, 0, 0, false, false, false, false);

        @SuppressWarnings("unchecked")
        Grid<BusService.ManifestEntry> manifest = _get(Grid.class, spec -> spec.withId("manifest-grid"));
        assertThat(GridKt._size(manifest)).isEqualTo(3);
        assertThat(cell(manifest, 0, "name")).startsWith("乘客0");
        assertThat(cell(manifest, 2, "name")).containsPattern("159\\*{4}\\d{4}");
        assertThat(_get(Span.class, spec -> spec.withId("stat-seatsTaken")).getText()).contains("2 / 2");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("download-link")).getHref()).isNotBlank();

        HorizontalLayout firstActions = (HorizontalLayout) GridKt._getCellComponent(manifest, 0, "actions");
        _click(_get(firstActions, Button.class, spec -> spec.withId("board-" + GridKt._get(manifest, 0).responseId())));
        assertThat(cell(manifest, 0, "times")).contains("上车").doesNotContain("到达");
        firstActions = (HorizontalLayout) GridKt._getCellComponent(manifest, 0, "actions");
        _click(_get(firstActions, Button.class, spec -> spec.withId("arrive-" + GridKt._get(manifest, 0).responseId())));
        assertThat(cell(manifest, 0, "times")).contains("到达");
        assertThat(_get(Span.class, spec -> spec.withId("stat-arrived")).getText()).contains("1");
        HorizontalLayout waitlisted = (HorizontalLayout) GridKt._getCellComponent(manifest, 2, "actions");
        assertThat(waitlisted.getComponentCount()).as("no check-off for a waitlisted passenger").isZero();
        assertThat(responseReview.get(GridKt._get(manifest, 0).responseId(), official.toActor()).arrivedAt()).isNotNull();

        _click(_get(Button.class, spec -> spec.withId("bus-change")));
        @SuppressWarnings("unchecked")
        Select<BusService.ChangeKind> kind = _get(Select.class, spec -> spec.withId("change-kind"));
        _setValue(kind, BusService.ChangeKind.DELAY);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("change-departs-at")),
                java.time.LocalDateTime.ofInstant(departs.plus(Duration.ofHours(3)), java.time.ZoneId.of("Asia/Shanghai")));
        _setValue(_get(TextArea.class, spec -> spec.withId("change-message")), "推迟三小时发车");
        _click(_get(Button.class, spec -> spec.withId("change-send")));
        assertThat(notices.find(bus.id()).orElseThrow().returnBus().departsAt()).isEqualTo(departs.plus(Duration.ofHours(3)));
        await().atMost(Duration.ofSeconds(10)).until(() -> fcm.received(m -> bus.id().equals(m.noticeId())
                && "CHANGE".equals(m.kind())).size() == 3);
        assertThat(responseListing.count(bus.id(), ResponseStatus.CONFIRMED, null, official.toActor())).isEqualTo(2);
    }
}
