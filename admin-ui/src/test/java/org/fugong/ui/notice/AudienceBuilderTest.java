package org.fugong.ui.notice;

import com.github.mvysny.kaributesting.v23.MultiselectComboBoxUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.base.Place;
import org.fugong.base.Role;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.NoticeFilter;
import org.fugong.base.ListRequest;
import org.fugong.base.Sorting;
import org.fugong.notice.NoticeListing;
import org.fugong.notice.NoticeService;
import org.fugong.notice.NoticeSort;
import org.fugong.notice.ResponseKind;
import org.fugong.security.NewUser;
import org.fugong.security.StaffUser;
import org.fugong.security.UserService;
import org.fugong.ui.ConsoleTest;
import org.fugong.worker.Audience;
import org.fugong.worker.EmploymentStatus;
import org.fugong.worker.ProfileUpdate;
import org.fugong.worker.WorkerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audience builder offers industries and skills by their names, found by Chinese, pinyin
 * initials or English, stores their codes, and counts the workers of a section's divisions too; the
 * notice page names them. A draft holding a code the lists dropped shows it as it is and keeps it.
 */
class AudienceBuilderTest extends ConsoleTest {

    @Autowired
    UserService users;
    @Autowired
    WorkerService workers;
    @Autowired
    NoticeService notices;

    @Autowired
    NoticeListing noticeListing;

    private static final ListRequest<NoticeSort> NEWEST_TEN = ListRequest.first(10, Sorting.desc(NoticeSort.CREATED));

    private StaffUser official;

    @BeforeEach
    void workersOfThreeTrades() {
        official = users.createIfAbsent(new NewUser("sun.official", "password-1", "孙专员", Set.of(Role.OFFICIAL), null))
                .orElseThrow();
        worker("+8613700000201", List.of("textile"), List.of("sewing"));
        worker("+8613700000202", List.of("manufacturing"), List.of("electrician", "welding"));
        worker("+8613700000203", List.of("logistics"), List.of("forklift"));
    }

    @Test
    void an_official_finds_industries_and_skills_by_chinese_initials_or_english_and_the_notice_keeps_their_codes() {
        signIn(Locale.forLanguageTag("zh-CN"));
        UI.getCurrent().navigate("notices/edit", QueryParameters.of("type", NoticeType.ANNOUNCEMENT.name()));
        MultiSelectComboBox<String> industries = box("audience-industries");
        MultiSelectComboBox<String> skills = box("audience-skills");

        assertThat(suggestions(industries, "zzy")).first().isEqualTo("制造业");
        assertThat(suggestions(industries, "纺织")).contains("纺织业", "纺织服装、服饰业");
        assertThat(suggestions(industries, "Textiles")).contains("纺织业");
        assertThat(suggestions(skills, "dg")).first().isEqualTo("电工");
        assertThat(suggestions(skills, "电工")).first().isEqualTo("电工");
        assertThat(suggestions(skills, "Forklift")).contains("叉车司机");
        assertThat(suggestions(skills, "")).as("names, never codes").doesNotContain("electrician", "welding");

        _setValue(_get(Checkbox.class, spec -> spec.withId("audience-all")), false);
        MultiselectComboBoxUtilsKt.selectByLabel(industries, "制造业");
        assertThat(count()).as("制造业 reaches the 纺织业 worker too").contains("2");
        MultiselectComboBoxUtilsKt.selectByLabel(skills, "电工");
        assertThat(count()).contains("1");

        _setValue(_get(TextField.class, spec -> spec.withId("title-zh")), "制造业电工复工通知");
        _setValue(_get(TextArea.class, spec -> spec.withId("body-zh")), "请持证上岗。");
        _click(_get(Button.class, spec -> spec.withId("save-submit")));

        Notice saved = noticeListing.find(new NoticeFilter(Set.of(), Set.of(NoticeType.ANNOUNCEMENT), null), NEWEST_TEN,
                official.toActor()).get(0);
        assertThat(saved.audience().industries()).containsExactly("manufacturing");
        assertThat(saved.audience().skills()).containsExactly("electrician");
        assertThat(_get(NoticeDetailView.class).getElement().getTextRecursively()).as("the notice page")
                .contains("制造业 · 电工").doesNotContain("manufacturing", "electrician");
    }

    @Test
    void in_english_the_builder_offers_english_names() {
        signIn(Locale.ENGLISH);
        UI.getCurrent().navigate("notices/edit", QueryParameters.of("type", NoticeType.ANNOUNCEMENT.name()));

        assertThat(suggestions(box("audience-industries"), "zzy")).first().isEqualTo("Manufacturing");
        assertThat(suggestions(box("audience-skills"), "叉车")).first().isEqualTo("Forklift driver");
    }

    @Test
    void a_draft_holding_a_code_the_lists_dropped_shows_it_as_it_is_and_saves_again() {
        Notice draft = notices.create(new NoticeDraft(NoticeType.ANNOUNCEMENT, LocalizedText.of("旧草稿", null),
                LocalizedText.of("正文", null), Audience.filter(null, null, null, List.of("manufacturing"), List.of("welding"),
                null, null), ResponseKind.NONE, null, clock.instant().plus(Duration.ofDays(10)), null, null, null, null, null),
                official.toActor());
        mongo.getCollection("notices").updateOne(new Document("_id", new ObjectId(draft.id())),
                new Document("$set", new Document("audience.skills", List.of("welding", "boilermaking"))));
        signIn(Locale.forLanguageTag("zh-CN"));
        UI.getCurrent().navigate("notices/edit/" + draft.id());
        MultiSelectComboBox<String> skills = box("audience-skills");

        assertThat(skills.getValue()).containsExactly("welding", "boilermaking");
        assertThat(skills.getItemLabelGenerator().apply("welding")).isEqualTo("焊工");
        assertThat(skills.getItemLabelGenerator().apply("boilermaking")).isEqualTo("boilermaking");
        _click(_get(Button.class, spec -> spec.withId("save-draft")));

        assertThat(notices.getFor(draft.id(), official.toActor()).audience().skills()).containsExactly("welding", "boilermaking");
    }

    /** Signs the official in with the console in this language. */
    private void signIn(Locale language) {
        login("sun.official", "password-1");
        UI.getCurrent().setLocale(language);
    }

    private void worker(String phone, List<String> industries, List<String> skills) {
        String id = workers.findOrCreateByPhone(phone);
        workers.update(id, new ProfileUpdate("工人", new Place("广西壮族自治区", "玉林市"), "赤坎区", industries, skills,
                EmploymentStatus.SEEKING, null, "zh-CN", null));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<String> box(String id) {
        return _get(MultiSelectComboBox.class, spec -> spec.withId(id));
    }

    private static List<String> suggestions(MultiSelectComboBox<String> box, String typed) {
        MultiselectComboBoxUtilsKt.setUserInput(box, typed);
        return MultiselectComboBoxUtilsKt.getSuggestions(box);
    }

    private static String count() {
        return _get(Span.class, spec -> spec.withId("audience-count")).getText();
    }
}
