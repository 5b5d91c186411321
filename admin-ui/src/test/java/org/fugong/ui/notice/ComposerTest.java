package org.fugong.ui.notice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import org.bson.Document;
import org.fugong.base.Languages;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.base.Role;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.NoticeService;
import org.fugong.security.StaffDevices;
import org.fugong.security.StaffUser;
import org.fugong.ui.ConsoleTest;
import org.fugong.worker.DeviceRegistration;
import org.fugong.worker.Platform;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The composer shows the push as phones will show it, in both languages, and sends a test to the
 * official's own phone; the reviewer sees who wrote a notice, why it was sent back and what changed.
 */
class ComposerTest extends ConsoleTest {

    private static final String LONG_BODY = "春季大型招聘会将于本周六上午九点在市人力资源市场举行，"
            + "届时将有来自全市的两百余家企业提供五千多个岗位，涵盖制造、物流、餐饮、家政、电子装配、纺织服装等行业，"
            + "欢迎广大务工人员和应届毕业生携带身份证和简历前来参加，现场提供政策咨询和免费体检服务。";
    private static final String LONG_BODY_EN = "The spring job fair opens this Saturday at nine at the city's labour market, "
            + "with more than two hundred employers offering over five thousand positions in manufacturing and logistics.";

    @Autowired
    StaffDevices staffDevices;
    @Autowired
    NoticeService notices;

    @Test
    void the_preview_shows_channel_title_and_body_as_phones_will_in_chinese_and_english_and_a_test_reaches_my_phone() {
        StaffUser official = data.user("compose.official", "撰稿工作人员", Role.OFFICIAL);
        staffDevices.register("my-phone-install", new DeviceRegistration(Platform.ANDROID, "my-staff-token", "en", "1.0"),
                official.toActor());
        login("compose.official", "password-1");
        UI.getCurrent().navigate("notices/edit", QueryParameters.of("type", NoticeType.JOB_FAIR.name()));
        _setValue(_get(TextField.class, spec -> spec.withId("title-zh")), "春季大型招聘会");
        _setValue(_get(TextField.class, spec -> spec.withId("title-en")), "Spring job fair");
        _setValue(_get(TextArea.class, spec -> spec.withId("body-zh")), LONG_BODY);
        _setValue(_get(TextArea.class, spec -> spec.withId("body-en")), LONG_BODY_EN);

        PushPreviewPanel preview = _get(NoticeEditorView.class).preview();
        String chinese = preview.text(Languages.CHINESE);
        assertThat(chinese).contains("复工 · 招聘会", "春季大型招聘会", LONG_BODY.substring(0, 99) + "…")
                .doesNotContain(LONG_BODY.substring(100));
        String english = preview.text(Locale.ENGLISH);
        assertThat(english).contains("Job fairs", "Spring job fair", LONG_BODY_EN.substring(0, 99) + "…")
                .doesNotContain("logistics");

        _click(_get(Button.class, spec -> spec.withId("preview-test")));
        await().atMost(Duration.ofSeconds(10)).until(() -> !fcm.received(m -> "my-staff-token".equals(m.token())).isEmpty());
        var test = fcm.received(m -> "my-staff-token".equals(m.token())).get(0);
        assertThat(test.title()).isEqualTo("Spring job fair");
        assertThat(test.kind()).isEqualTo("TEST");
        assertThat(mongo.getCollection("pushAttempts").countDocuments(new Document())).as("in no ledger, in no figures")
                .isZero();
    }

    @Test
    void the_reviewer_sees_the_author_the_last_rejection_and_what_changed_since() {
        StaffUser official = data.user("story.official", "李撰稿", Role.OFFICIAL);
        StaffUser reviewer = data.user("story.reviewer", "王审核", Role.REVIEWER);
        NoticeDraft first = data.announcement("停电通知", "Power cut");
        Notice notice = notices.create(first, official.toActor());
        notices.submit(notice.id(), official.toActor());
        notices.reject(notice.id(), "请写明停电的区域", reviewer.toActor());
        notices.update(notice.id(), new NoticeDraft(first.type(), LocalizedText.of("赤坎区停电通知", "Power cut in Chikan"),
                first.body(), first.audience(), first.responseKind(), null, null, null, null, null, null, null),
                official.toActor());
        notices.submit(notice.id(), official.toActor());

        login("story.reviewer", "password-1");
        UI.getCurrent().navigate("notices/" + notice.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-author")).getText()).contains("李撰稿");
        assertThat(_get(Paragraph.class, spec -> spec.withId("review-previous")).getText())
                .contains("王审核", "请写明停电的区域");
        String changes = _get(NativeTable.class, spec -> spec.withId("review-changes")).getElement().getTextRecursively();
        assertThat(changes).contains("标题（中文）", "停电通知", "赤坎区停电通知", "Power cut in Chikan")
                .doesNotContain("正文（中文");
    }
}
