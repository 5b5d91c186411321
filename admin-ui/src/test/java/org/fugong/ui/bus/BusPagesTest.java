package org.fugong.ui.bus;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.fugong.base.Role;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.security.StaffUser;
import org.fugong.ui.PageTest;
import org.fugong.ui.base.NotFoundView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.fugong.ui.ConsoleData.PASSWORD;

/**
 * The buses list shows each trip's seats; a trip's page offers a change to the passengers while the
 * trip is published and only its status once recalled; a notice that is no bus has no trip page.
 */
class BusPagesTest extends PageTest {

    @Autowired
    NoticeService notices;

    private StaffUser official;
    private Notice bus;

    @BeforeEach
    void aPublishedBus() {
        official = data.user("bus.official", "工作人员", Role.OFFICIAL);
        StaffUser reviewer = data.user("bus.reviewer", "审核员", Role.REVIEWER);
        bus = data.publish(data.bus("玉林—湛江专车", "Yulin–Zhanjiang bus", clock.instant().plus(Duration.ofDays(2)), 10),
                official.toActor(), reviewer.toActor(), List.of());
    }

    @Test
    void the_list_shows_the_seats_and_the_trip_offers_a_change_while_published() {
        login("bus.official", PASSWORD);
        UI.getCurrent().navigate("buses");
        Grid<?> trips = _get(Grid.class, spec -> spec.withId("buses-grid"));
        assertThat(GridKt._size(trips)).isEqualTo(1);
        assertThat(GridKt._getCellComponent(trips, 0, "seats").getElement().getTextRecursively()).isEqualTo("0 / 10");

        UI.getCurrent().navigate("buses/" + bus.id());
        assertThat(_get(Button.class, spec -> spec.withId("bus-change")).getText()).isEqualTo("班车变更");
    }

    @Test
    void a_recalled_trip_shows_its_status_instead_of_a_change() {
        notices.recall(bus.id(), false, official.toActor());
        useEnglish();
        login("bus.official", PASSWORD);
        UI.getCurrent().navigate("buses/" + bus.id());

        _assertNone(Button.class, spec -> spec.withId("bus-change"));
        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withId("trip-title")).getText())
                .isEqualTo("Yulin–Zhanjiang bus");
    }

    @Test
    void a_notice_that_is_no_bus_has_no_trip_page() {
        Notice announcement = notices.create(data.announcement("复工通知", "Back to work"), official.toActor());
        login("bus.official", PASSWORD);
        UI.getCurrent().navigate("buses/" + announcement.id());

        _assertOne(NotFoundView.class);
    }
}
