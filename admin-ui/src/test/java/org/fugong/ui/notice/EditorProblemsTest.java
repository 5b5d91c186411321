package org.fugong.ui.notice;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.fugong.base.NoticeType;
import org.fugong.base.Role;
import org.fugong.notice.Applicant;
import org.fugong.notice.AttendanceMode;
import org.fugong.notice.NoticeField;
import org.fugong.notice.ResponseKind;
import org.fugong.ui.ConsoleTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's problems land on the editor's fields, for every type of notice: each field says what
 * is wrong, and the summary on top names the fields by their labels — never a path — while no toast
 * covers the form.
 */
class EditorProblemsTest extends ConsoleTest {

    private static final LocalDateTime SOON = LocalDateTime.now().plusDays(5).withSecond(0).withNano(0);

    @BeforeEach
    void official() {
        data.user("editor.official", "编辑工作人员", Role.OFFICIAL);
        login("editor.official", "password-1");
    }

    @Test
    void every_field_of_the_editor_is_bound_to_the_notice_field_it_edits() {
        open(NoticeType.ANNOUNCEMENT);
        NoticeForm form = _get(NoticeEditorView.class).form();
        assertThat(Arrays.stream(NoticeField.values()).filter(f -> !form.problems().isBound(f)).toList()).isEmpty();
    }

    @Test
    void an_announcement_without_title_or_body_is_marked_on_both() {
        open(NoticeType.ANNOUNCEMENT);
        audience();
        _click(_get(Button.class, spec -> spec.withId("save-draft")));
        assertInvalid("title-zh", "必填");
        assertInvalid("body-zh", "必填");
        assertSummary("标题（中文）：必填。", "正文（中文，纯文本）：必填。");
    }

    @Test
    void a_job_fair_ending_before_it_starts_and_online_without_an_address_is_marked_on_both() {
        open(NoticeType.JOB_FAIR);
        basics();
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("fair-starts-at")), SOON);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("fair-ends-at")), SOON.minusHours(2));
        select("fair-mode", AttendanceMode.ONLINE);
        _click(_get(Button.class, spec -> spec.withId("save-draft")));
        assertInvalid("fair-ends-at", "结束时间");
        assertInvalid("fair-url", "必填");
        assertSummary("结束时间：", "线上网址：必填。");
    }

    @Test
    void a_return_bus_without_origin_departure_or_seats_is_marked_on_each() {
        open(NoticeType.RETURN_BUS);
        basics();
        _click(_get(Button.class, spec -> spec.withId("save-draft")));
        assertInvalid("bus-origin-province", "必填");
        assertInvalid("bus-departs-at", "必填");
        assertInvalid("bus-seats", "必填");
        assertSummary("出发省份：必填。", "发车时间：必填。", "座位数：必填。");
    }

    @Test
    void a_policy_closing_after_it_expires_for_workers_who_cannot_apply_is_marked_on_deadline_and_applicant() {
        open(NoticeType.POLICY);
        basics();
        select("policy-benefit", org.fugong.notice.Benefit.STARTUP_LOAN);
        select("response-kind", ResponseKind.NONE);
        select("policy-applicant", Applicant.WORKER);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("expires-at")), SOON);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("policy-deadline")), SOON.plusDays(3));
        _click(_get(Button.class, spec -> spec.withId("save-draft")));
        assertInvalid("policy-deadline", "失效时间");
        assertInvalid("policy-applicant", "补贴申请");
        assertSummary("申请截止时间：", "申请人：");
    }

    @Test
    void a_job_posting_without_employer_and_with_a_salary_range_upside_down_is_marked_on_both() {
        open(NoticeType.JOB_POSTING);
        basics();
        _setValue(_get(TextField.class, spec -> spec.withId("posting-title")), "焊工");
        _setValue(_get(IntegerField.class, spec -> spec.withId("posting-headcount")), 10);
        _setValue(_get(IntegerField.class, spec -> spec.withId("posting-salary-min")), 9000);
        _setValue(_get(IntegerField.class, spec -> spec.withId("posting-salary-max")), 6000);
        _click(_get(Button.class, spec -> spec.withId("save-draft")));
        assertInvalid("posting-enterprise", "必填");
        assertInvalid("posting-salary-max", "");
        assertSummary("招聘企业：必填。", "最高月薪（元）：");
    }

    @Test
    void in_english_the_problems_are_in_english_under_english_labels() {
        useEnglish();
        open(NoticeType.ANNOUNCEMENT);
        audience();
        _click(_get(Button.class, spec -> spec.withId("save-draft")));
        assertInvalid("title-zh", "Required.");
        String summary = _get(Div.class, spec -> spec.withId("form-problems")).getElement().getTextRecursively();
        assertThat(summary).contains("Title (Chinese): Required.").doesNotContainPattern("\\p{IsHan}");
    }

    private void open(NoticeType type) {
        UI.getCurrent().navigate("notices/edit", QueryParameters.of("type", type.name()));
    }

    private void basics() {
        _setValue(_get(TextField.class, spec -> spec.withId("title-zh")), "测试通知");
        _setValue(_get(TextArea.class, spec -> spec.withId("body-zh")), "正文");
        audience();
    }

    @SuppressWarnings("unchecked")
    private void audience() {
        _setValue((MultiSelectComboBox<String>) _get(MultiSelectComboBox.class, spec -> spec.withId("audience-districts")),
                Set.of("赤坎区"));
    }

    @SuppressWarnings("unchecked")
    private static <T> void select(String id, T value) {
        _setValue((Select<T>) _get(Select.class, spec -> spec.withId(id)), value);
    }

    private static void assertInvalid(String id, String message) {
        HasValidation field = (HasValidation) _get(com.vaadin.flow.component.Component.class, spec -> spec.withId(id));
        assertThat(field.isInvalid()).as("%s is marked", id).isTrue();
        assertThat(field.getErrorMessage()).as("%s says why", id).contains(message);
    }

    private static void assertSummary(String... lines) {
        Div summary = _get(Div.class, spec -> spec.withId("form-problems"));
        String text = summary.getElement().getTextRecursively();
        assertThat(summary.isVisible()).isTrue();
        assertThat(text).contains(lines);
        assertThat(text).as("no field paths").doesNotContainPattern("[a-z]+\\.[a-zA-Z]+");
        assertThat(NotificationsKt.getNotifications()).as("no toast covers the form").isEmpty();
    }
}
