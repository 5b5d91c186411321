package org.fugong.ui.notice;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.fugong.base.CreditCodes;
import org.fugong.base.NoticeType;
import org.fugong.base.Place;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.NewEnterprise;
import org.fugong.notice.AttendanceMode;
import org.fugong.notice.Benefit;
import org.fugong.notice.InboxService;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeFilter;
import org.fugong.base.ListRequest;
import org.fugong.base.Sorting;
import org.fugong.notice.NoticeListing;
import org.fugong.notice.NoticeService;
import org.fugong.notice.NoticeSort;
import org.fugong.notice.NoticeStatus;
import org.fugong.notice.ResponseKind;
import org.fugong.response.Response;
import org.fugong.response.ResponseService;
import org.fugong.response.ResponseReview;
import org.fugong.response.ResponseStatus;
import org.fugong.security.NewUser;
import org.fugong.security.StaffUser;
import org.fugong.security.UserService;
import org.fugong.ui.ConsoleTest;
import org.fugong.worker.DeviceRegistration;
import org.fugong.worker.DeviceService;
import org.fugong.worker.EmploymentStatus;
import org.fugong.worker.Platform;
import org.fugong.worker.ProfileUpdate;
import org.fugong.worker.WorkerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The console's core loop, browserless: an official writes a notice of every type with the live
 * audience count and submits each; a reviewer approves them; the official accepts a worker's
 * application on the notice page, and the worker's phone gets the decision.
 */
class ConsoleNoticeFlowTest extends ConsoleTest {

    @Autowired
    UserService users;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    WorkerService workers;
    @Autowired
    DeviceService devices;
    @Autowired
    NoticeService notices;

    @Autowired
    NoticeListing noticeListing;

    private static final ListRequest<NoticeSort> NEWEST_TEN = ListRequest.first(10, Sorting.desc(NoticeSort.CREATED));
    @Autowired
    InboxService inbox;
    @Autowired
    ResponseService responses;

    @Autowired
    ResponseReview responseReview;

    private Enterprise factory;
    private final List<String> chikanWorkers = new ArrayList<>();

    @BeforeEach
    void people() {
        StaffUser official = users.createIfAbsent(new NewUser("zhao.official", "password-1", "赵工作人员",
                Set.of(Role.OFFICIAL), null)).orElseThrow();
        users.createIfAbsent(new NewUser("qian.reviewer", "password-1", "钱审核员", Set.of(Role.REVIEWER), null));
        String first17 = "91440800MA4UXYW12";
        factory = enterprises.create(new NewEnterprise("湛江测试电子厂", first17 + CreditCodes.checkCharacter(first17),
                "manufacturing", "赤坎区", true, 300, "zhao.official", "zhao.official"), official.toActor());
        for (int i = 0; i < 4; i++) {
            String id = workers.findOrCreateByPhone("+8613700000" + (100 + i));
            workers.update(id, new ProfileUpdate("工人" + i, new Place("广西壮族自治区", "玉林市"), i < 3 ? "赤坎区" : "霞山区",
                    List.of("manufacturing"), List.of("welding"), EmploymentStatus.SEEKING, null, "zh-CN", null));
            devices.register(id, "console-install-" + i, new DeviceRegistration(Platform.ANDROID, "console-token-" + i, "zh-CN", "1.0"));
            if (i < 3) {
                chikanWorkers.add(id);
            }
        }
    }

    @Test
    void an_official_writes_every_type_a_reviewer_approves_and_the_official_accepts_an_application() {
        login("zhao.official", "password-1");
        Map<NoticeType, String> written = new EnumMap<>(NoticeType.class);
        for (NoticeType type : NoticeType.values()) {
            UI.getCurrent().navigate("notices/edit", com.vaadin.flow.router.QueryParameters.of("type", type.name()));
            fillCommon(type);
            assertThat(_get(Span.class, spec -> spec.withId("audience-count")).getText())
                    .as("live audience count").contains("3");
            fillFacts(type);
            _click(_get(Button.class, spec -> spec.withId("save-submit")));

            List<Notice> mine = noticeListing.find(new NoticeFilter(Set.of(), Set.of(type), null), NEWEST_TEN,
                    users.findByUsername("zhao.official").orElseThrow().toActor());
            assertThat(mine).as("a %s notice was saved; the console said %s", type,
                    com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications().stream()
                            .map(n -> n.getElement().getProperty("text")).toList()).hasSize(1);
            assertThat(mine.get(0).status()).isEqualTo(NoticeStatus.IN_REVIEW);
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                    .isInstanceOf(NoticeDetailView.class);
            written.put(type, mine.get(0).id());
        }

        // the author cannot approve their own notice: the console does not even offer it
        UI.getCurrent().navigate("notices/" + written.get(NoticeType.ANNOUNCEMENT));
        com.github.mvysny.kaributesting.v10.LocatorJ._assertNone(Button.class, spec -> spec.withId("approve"));

        logout();
        login("qian.reviewer", "password-1");
        UI.getCurrent().navigate("review");
        Grid<?> queue = _get(Grid.class, spec -> spec.withId("review-grid"));
        assertThat(GridKt._size(queue)).isEqualTo(NoticeType.values().length);
        for (String id : written.values()) {
            UI.getCurrent().navigate("notices/" + id);
            _click(_get(Button.class, spec -> spec.withId("approve")));
            _setValue(_get(TextArea.class, spec -> spec.withId("dialog-comment")), "同意");
            _click(_get(Button.class, spec -> spec.withId("dialog-confirm")));
            assertThat(notices.find(id).orElseThrow().status()).isEqualTo(NoticeStatus.PUBLISHED);
        }

        String posting = written.get(NoticeType.JOB_POSTING);
        String applicant = chikanWorkers.get(0);
        await().atMost(Duration.ofSeconds(15)).until(() -> inbox.isDelivered(posting, applicant));
        Response applied = responses.submit(applicant, posting, ResponseKind.APPLY,
                Map.of("message", "五年焊工经验"), "console-test-1");

        logout();
        login("zhao.official", "password-1");
        UI.getCurrent().navigate("notices/" + posting);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("responses-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormatted(grid, 0, "phone")).matches("137\\*{4}\\d{4}");
        GridKt._clickItem(grid, 0, 0, false, false, false, false);
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-note")), "请周一报到");
        _click(_get(Button.class, spec -> spec.withId("decide-ACCEPTED")));

        assertThat(responseReview.get(applied.id(), users.findByUsername("zhao.official").orElseThrow().toActor()).status())
                .isEqualTo(ResponseStatus.ACCEPTED);
        await().atMost(Duration.ofSeconds(10)).until(() -> !fcm.received(m -> posting.equals(m.noticeId())
                && "DECISION".equals(m.kind()) && "console-token-0".equals(m.token())).isEmpty());
    }

    private void fillCommon(NoticeType type) {
        _setValue(_get(TextField.class, spec -> spec.withId("title-zh")), "测试" + type.name());
        _setValue(_get(TextArea.class, spec -> spec.withId("body-zh")), "这是一条测试通知。\n第二行。");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> districts = _get(MultiSelectComboBox.class, spec -> spec.withId("audience-districts"));
        _setValue(districts, Set.of("赤坎区"));
        _setValue(_get(Checkbox.class, spec -> spec.withId("audience-all")), false);
    }

    @SuppressWarnings("unchecked")
    private void fillFacts(NoticeType type) {
        LocalDateTime soon = LocalDateTime.now().plusDays(5).withSecond(0).withNano(0);
        switch (type) {
            case JOB_FAIR -> {
                _setValue(_get(DateTimePicker.class, spec -> spec.withId("fair-starts-at")), soon);
                _setValue(_get(DateTimePicker.class, spec -> spec.withId("fair-ends-at")), soon.plusHours(4));
                _setValue((Select<AttendanceMode>) _get(Select.class, spec -> spec.withId("fair-mode")), AttendanceMode.ONLINE);
                _setValue(_get(TextField.class, spec -> spec.withId("fair-url")), "https://jobs.example.cn/fair");
                _setValue(_get(IntegerField.class, spec -> spec.withId("fair-positions")), 300);
            }
            case RETURN_BUS -> {
                _setValue((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("bus-origin-province")), "广西壮族自治区");
                _setValue((ComboBox<String>) _get(ComboBox.class, spec -> spec.withId("bus-origin-city")), "玉林市");
                _setValue(_get(DateTimePicker.class, spec -> spec.withId("bus-departs-at")), soon);
                _setValue(_get(IntegerField.class, spec -> spec.withId("bus-seats")), 40);
                _setValue(_get(TextArea.class, spec -> spec.withId("bus-pickup-points")), "玉林汽车总站\n博白县政府广场");
            }
            case POLICY -> {
                _setValue((Select<Benefit>) _get(Select.class, spec -> spec.withId("policy-benefit")), Benefit.HIRING_SUBSIDY);
                _setValue(_get(BigDecimalField.class, spec -> spec.withId("policy-amount")), new BigDecimal("1000"));
                _setValue(_get(BigDecimalField.class, spec -> spec.withId("policy-cap")), new BigDecimal("200000"));
            }
            case JOB_POSTING -> {
                _setValue((ComboBox<Enterprise>) _get(ComboBox.class, spec -> spec.withId("posting-enterprise")), factory);
                _setValue(_get(TextField.class, spec -> spec.withId("posting-title")), "焊工");
                _setValue(_get(IntegerField.class, spec -> spec.withId("posting-headcount")), 20);
                _setValue(_get(IntegerField.class, spec -> spec.withId("posting-salary-min")), 6000);
                _setValue(_get(IntegerField.class, spec -> spec.withId("posting-salary-max")), 9000);
                _setValue(_get(DateTimePicker.class, spec -> spec.withId("expires-at")), soon.plusDays(10));
            }
            case ANNOUNCEMENT -> _setValue(_get(DateTimePicker.class, spec -> spec.withId("expires-at")), soon);
        }
    }
}
