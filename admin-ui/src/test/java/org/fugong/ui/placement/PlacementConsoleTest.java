package org.fugong.ui.placement;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.fugong.base.Actor;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.notice.Notice;
import org.fugong.notice.ResponseKind;
import org.fugong.placement.FollowUp;
import org.fugong.placement.FollowUpAnswer;
import org.fugong.placement.FollowUps;
import org.fugong.placement.Placement;
import org.fugong.placement.PlacementService;
import org.fugong.placement.WorkStatus;
import org.fugong.response.BusService;
import org.fugong.response.Response;
import org.fugong.response.ResponseService;
import org.fugong.security.StaffUser;
import org.fugong.ui.ConsoleData;
import org.fugong.ui.ConsoleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * After the handover: the receiving enterprise's HR says on its page that the passenger started, and
 * the trip page shows it with the passenger's follow-up checks, a call for help marked; the HR user
 * never sees the follow-ups.
 */
class PlacementConsoleTest extends ConsoleTest {

    @Autowired
    ResponseService responses;
    @Autowired
    BusService buses;
    @Autowired
    PlacementService placements;
    @Autowired
    FollowUps followUps;

    @Test
    void hr_confirms_the_start_and_the_trip_page_shows_it_with_the_follow_ups() {
        StaffUser lu = data.user("lu.official", "陆专员", Role.OFFICIAL);
        Actor official = lu.toActor();
        Actor reviewer = data.user("fang.reviewer", "方审核员", Role.REVIEWER).toActor();
        Enterprise factory = data.enterprise("湛江到岗电子厂", lu, true);
        data.hr("hr.daogang", "到岗厂人事", factory.id());
        String worker = data.worker("黄返岗", "+8615700000555", null);
        Notice bus = data.publish(data.bus("玉林—湛江专车", "Yulin–Zhanjiang bus", clock.instant().plus(Duration.ofDays(2)), 10,
                factory.id()), official, reviewer, List.of(worker));
        Response seat = responses.submit(worker, bus.id(), ResponseKind.SEAT_BOOKING, Map.of("pickupPoint", ConsoleData.PICKUP), "seat-1");
        buses.board(seat.id(), BusService.BoardingEvent.BOARDED, official);
        buses.board(seat.id(), BusService.BoardingEvent.ARRIVED, official);

        login("hr.daogang", "password-1");
        UI.getCurrent().navigate("enterprises/" + factory.id());
        Grid<Placement> hrList = placementsGrid();
        assertThat(GridKt._getFormatted(hrList, 0, "worker")).startsWith("黄返岗 · 157****0555");
        assertThat(GridKt._get(hrList, 0).followUps()).as("the follow-ups are the task force's, not the enterprise's")
                .isEmpty();
        Component start = GridKt._getCellComponent(hrList, 0, "start");
        _click(_get(start, Button.class, spec -> spec.withClasses("report-started")));
        assertThat(placements.ofTrip(bus.id(), official).get(0).started()).isTrue();

        clock.advance(Duration.ofDays(1).plusHours(12));
        await().atMost(Duration.ofSeconds(10)).until(() -> followUps.mine(worker, bus.id()).size() == 1);
        FollowUp dayOne = followUps.mine(worker, bus.id()).get(0);
        followUps.answer(worker, dayOne.id(), new FollowUpAnswer(WorkStatus.AT_WORK, true, "宿舍没有热水"));

        login("lu.official", "password-1");
        UI.getCurrent().navigate("buses/" + bus.id());
        Grid<Placement> trip = placementsGrid();
        assertThat(GridKt._getCellComponent(trip, 0, "start").getElement().getTextRecursively()).isEqualTo("已到岗");
        assertThat(GridKt._getCellComponent(trip, 0, "followUps").getElement().getTextRecursively())
                .contains("第 1 天 还在岗 · 求助", "第 7 天", "第 30 天");

        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("buses/" + bus.id());
        assertThat(GridKt._getCellComponent(placementsGrid(), 0, "followUps").getElement().getTextRecursively())
                .contains("Day 1 still at work · asked for help");
    }

    @SuppressWarnings("unchecked")
    private static Grid<Placement> placementsGrid() {
        return _get(Grid.class, spec -> spec.withId("placements-grid"));
    }
}
