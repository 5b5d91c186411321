package org.fugong.ui.notice;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.CellFocusEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeService;
import org.fugong.notice.NoticeStatus;
import org.fugong.notice.ResponseKind;
import org.fugong.response.ResponseRow;
import org.fugong.response.ResponseService;
import org.fugong.response.ResponseReview;
import org.fugong.response.ResponseStatus;
import org.fugong.security.StaffUser;
import org.fugong.ui.ConsoleTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notices and responses lists hold more rows than one page of the grid: the search and the
 * order go to the service (the grid shows what the service counts and returns, in its order, page
 * after page), they are kept in the address, and Enter opens the focused row.
 */
class ListsTest extends ConsoleTest {

    private static final int NOTICES = 70;
    private static final int RESPONDENTS = 60;

    @Autowired
    NoticeService notices;
    @Autowired
    ResponseService responses;

    @Autowired
    ResponseReview responseReview;

    @Test
    void the_notices_list_searches_and_sorts_on_the_server_and_keeps_both_in_the_address() {
        StaffUser official = data.user("list.official", "列表工作人员", Role.OFFICIAL);
        for (int i = 0; i < NOTICES; i++) {
            String n = String.format("%02d", i);
            notices.create(data.announcement((i % 7 == 0 ? "焊工培训通知" : "复工通知") + n, "Notice " + n), official.toActor());
        }
        login("list.official", "password-1");
        UI.getCurrent().navigate("notices");
        Grid<Notice> grid = notices();
        assertThat(GridKt._size(grid)).isEqualTo(NOTICES);
        assertThat(GridKt._get(grid, NOTICES - 1).title().zh()).as("the last row, past the first page").endsWith("00");

        _setValue(_get(TextField.class, spec -> spec.withId("notices-search")), "焊工");
        assertThat(GridKt._size(grid)).isEqualTo(10);
        assertThat(GridKt._fetch(grid, 0, 10)).allMatch(n -> n.title().zh().startsWith("焊工培训通知"));

        _setValue(_get(TextField.class, spec -> spec.withId("notices-search")), "");
        GridKt._sortByKey(grid, "title", SortDirection.ASCENDING);
        List<String> titles = GridKt._fetch(grid, 0, NOTICES).stream().map(n -> n.title().zh()).toList();
        assertThat(titles).hasSize(NOTICES).isSortedAccordingTo(String::compareTo);
        GridKt._sortByKey(grid, "title", SortDirection.DESCENDING);
        assertThat(GridKt._get(grid, 0).title().zh()).isEqualTo(titles.get(NOTICES - 1));
        assertThat(GridKt._get(grid, 65).title().zh()).isEqualTo(titles.get(NOTICES - 66));

        // the address holds search, filter and order: coming back restores them
        UI.getCurrent().navigate("notices", new QueryParameters(Map.of("q", List.of("焊工"), "status", List.of("draft"),
                "sort", List.of("title"), "dir", List.of("desc"))));
        grid = notices();
        assertThat(_get(TextField.class, spec -> spec.withId("notices-search")).getValue()).isEqualTo("焊工");
        assertThat(_get(Select.class, spec -> spec.withId("filter-status")).getValue()).isEqualTo(NoticeStatus.DRAFT);
        assertThat(GridKt._size(grid)).isEqualTo(10);
        assertThat(GridKt._get(grid, 0).title().zh()).isEqualTo("焊工培训通知63");

        // Enter on the focused row opens it
        Notice focused = GridKt._get(grid, 2);
        _fireEvent(grid, new CellFocusEvent<>(grid, true, grid.getDataCommunicator().getKeyMapper().key(focused),
                null, "body"));
        elemental.json.JsonObject enter = elemental.json.Json.createObject();
        enter.put(org.fugong.ui.base.ListControls.ENTER, true);
        _fireDomEvent(grid, "keydown", enter);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("notices/" + focused.id());
    }

    @Test
    void a_notices_responses_are_searched_by_name_and_sorted_by_status_on_the_server() {
        StaffUser official = data.user("resp.official", "回应工作人员", Role.OFFICIAL);
        StaffUser reviewer = data.user("resp.reviewer", "回应审核员", Role.REVIEWER);
        Enterprise employer = data.enterprise("湛江列表测试厂", official, false);
        List<String> workers = new ArrayList<>();
        for (int i = 0; i < RESPONDENTS; i++) {
            workers.add(data.worker(String.format("应聘者%02d", i), null));
        }
        Notice posting = data.publish(data.posting("装配工", "Assembler", employer), official.toActor(), reviewer.toActor(), workers);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < RESPONDENTS; i++) {
            ids.add(responses.submit(workers.get(i), posting.id(), ResponseKind.APPLY, Map.of("message", "有经验"), "r" + i).id());
        }
        for (int i = 0; i < RESPONDENTS; i += 4) {
            responseReview.review(ids.get(i), ResponseStatus.ACCEPTED, null, official.toActor());
        }

        login("resp.official", "password-1");
        UI.getCurrent().navigate("notices/" + posting.id());
        Grid<ResponseRow> grid = responsesGrid();
        assertThat(GridKt._size(grid)).isEqualTo(RESPONDENTS);
        assertThat(GridKt._get(grid, RESPONDENTS - 1).who()).as("booking order, past the first page").isEqualTo("应聘者59");

        _setValue(_get(TextField.class, spec -> spec.withId("responses-search")), "应聘者1");
        assertThat(GridKt._size(grid)).isEqualTo(10);
        assertThat(GridKt._fetch(grid, 0, 10)).extracting(ResponseRow::who).allMatch(w -> w.startsWith("应聘者1"));

        _setValue(_get(TextField.class, spec -> spec.withId("responses-search")), "");
        GridKt._sortByKey(grid, "status", SortDirection.ASCENDING);
        List<ResponseStatus> statuses = GridKt._fetch(grid, 0, RESPONDENTS).stream().map(r -> r.response().status()).toList();
        assertThat(statuses.subList(0, 15)).containsOnly(ResponseStatus.ACCEPTED);
        assertThat(statuses.subList(15, RESPONDENTS)).containsOnly(ResponseStatus.SUBMITTED);
        assertThat(GridKt._get(grid, 0).decisions()).as("the service's decisions for an application")
                .containsExactlyInAnyOrder(ResponseStatus.ACCEPTED, ResponseStatus.WAITLISTED, ResponseStatus.REJECTED);
        assertThat(Set.copyOf(statuses)).hasSize(2);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Notice> notices() {
        return _get(Grid.class, spec -> spec.withId("notices-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<ResponseRow> responsesGrid() {
        return _get(Grid.class, spec -> spec.withId("responses-grid"));
    }
}
