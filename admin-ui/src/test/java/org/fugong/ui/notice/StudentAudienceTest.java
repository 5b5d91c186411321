package org.fugong.ui.notice;

import com.github.mvysny.kaributesting.v23.MultiselectComboBoxUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.fugong.base.CreditCodes;
import org.fugong.base.NoticeType;
import org.fugong.base.Place;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.NewEnterprise;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeFilter;
import org.fugong.base.ListRequest;
import org.fugong.base.Sorting;
import org.fugong.notice.NoticeListing;
import org.fugong.notice.NoticeService;
import org.fugong.notice.NoticeSort;
import org.fugong.security.NewUser;
import org.fugong.security.StaffUser;
import org.fugong.security.UserService;
import org.fugong.ui.ConsoleTest;
import org.fugong.worker.EmploymentStatus;
import org.fugong.worker.ProfileUpdate;
import org.fugong.worker.WorkerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An internship call in the console: the official picks a school students named and their
 * graduation year, sees how many students that reaches, marks the posting as an internship, and the
 * notice page names the school, the class and the internship.
 */
class StudentAudienceTest extends ConsoleTest {

    @Autowired
    UserService users;
    @Autowired
    WorkerService workers;
    @Autowired
    NoticeService notices;

    @Autowired
    NoticeListing noticeListing;

    private static final ListRequest<NoticeSort> NEWEST_TEN = ListRequest.first(10, Sorting.desc(NoticeSort.CREATED));
    @Autowired
    EnterpriseService enterprises;

    private StaffUser official;
    private Enterprise factory;

    @BeforeEach
    void studentsOfTwoSchools() {
        official = users.createIfAbsent(new NewUser("li.official", "password-1", "李专员", Set.of(Role.OFFICIAL), null))
                .orElseThrow();
        String first17 = "91440800MA4PRACT1";
        factory = enterprises.create(new NewEnterprise("湛江口罩厂", first17 + CreditCodes.checkCharacter(first17), "medical",
                "赤坎区", true, 300, "li.official", "li.official"), official.toActor());
        student("+8613700000301", "湛江市技师学院", 2027);
        student("+8613700000302", "湛江市技师学院", 2026);
        student("+8613700000303", "广东农工商职业技术学院", 2027);
    }

    @Test
    void an_official_calls_one_schools_graduating_class_to_an_internship() {
        login("li.official", "password-1");
        UI.getCurrent().navigate("notices/edit", QueryParameters.of("type", NoticeType.JOB_POSTING.name()));
        MultiSelectComboBox<String> schools = box("audience-schools");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Integer> years = _get(MultiSelectComboBox.class, spec -> spec.withId("audience-graduation-years"));

        MultiselectComboBoxUtilsKt.setUserInput(schools, "技师");
        assertThat(MultiselectComboBoxUtilsKt.getSuggestions(schools)).as("the schools students named")
                .containsExactly("湛江市技师学院");
        _setValue(_get(Checkbox.class, spec -> spec.withId("audience-all")), false);
        _setValue(schools, Set.of("湛江市技师学院"));
        assertThat(count()).contains("2");
        _setValue(years, Set.of(2027));
        assertThat(count()).as("the class of 2027 of that school").contains("1");

        _setValue(_get(TextField.class, spec -> spec.withId("title-zh")), "口罩厂顶岗实习");
        _setValue(_get(TextArea.class, spec -> spec.withId("body-zh")), "欢迎 2027 届同学。");
        @SuppressWarnings("unchecked")
        ComboBox<Enterprise> enterprise = _get(ComboBox.class, spec -> spec.withId("posting-enterprise"));
        _setValue(enterprise, factory);
        _setValue(_get(TextField.class, spec -> spec.withId("posting-title")), "质检实习生");
        _setValue(_get(IntegerField.class, spec -> spec.withId("posting-headcount")), 10);
        _setValue(_get(Checkbox.class, spec -> spec.withId("posting-internship")), true);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("expires-at")),
                LocalDateTime.now().plusDays(20).withSecond(0).withNano(0));
        _click(_get(Button.class, spec -> spec.withId("save-submit")));

        Notice saved = noticeListing.find(new NoticeFilter(Set.of(), Set.of(NoticeType.JOB_POSTING), null), NEWEST_TEN,
                official.toActor()).get(0);
        assertThat(saved.audience().schools()).containsExactly("湛江市技师学院");
        assertThat(saved.audience().graduationYears()).containsExactly(2027);
        assertThat(saved.jobPosting().isInternship()).isTrue();
        String page = _get(NoticeDetailView.class).getElement().getTextRecursively();
        assertThat(page).contains("湛江市技师学院", "2027 届", "顶岗实习");
    }

    @Test
    void in_english_the_class_is_named_in_english() {
        login("li.official", "password-1");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("notices/edit", QueryParameters.of("type", NoticeType.ANNOUNCEMENT.name()));
        assertThat(box("audience-schools").getLabel()).isEqualTo("Schools");
        _setValue(_get(Checkbox.class, spec -> spec.withId("audience-all")), false);
        _setValue(box("audience-schools"), Set.of("广东农工商职业技术学院"));

        assertThat(count()).contains("1");
    }

    private void student(String phone, String school, int year) {
        String id = workers.findOrCreateByPhone(phone);
        workers.update(id, new ProfileUpdate("学生", new Place("广东省", "湛江市"), "赤坎区", List.of(), List.of(),
                EmploymentStatus.STUDENT, null, "zh-CN", null, school, year));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> box(String id) {
        return _get(MultiSelectComboBox.class, spec -> spec.withId(id));
    }

    private static String count() {
        return _get(Span.class, spec -> spec.withId("audience-count")).getText();
    }
}
