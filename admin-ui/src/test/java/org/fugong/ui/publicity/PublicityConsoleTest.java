package org.fugong.ui.publicity;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.fugong.base.Actor;
import org.fugong.base.CreditCodes;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.NewEnterprise;
import org.fugong.notice.Applicant;
import org.fugong.notice.Benefit;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.NoticeService;
import org.fugong.notice.Policy;
import org.fugong.notice.ResponseKind;
import org.fugong.publicity.Publicity;
import org.fugong.publicity.PublicityLine;
import org.fugong.publicity.PublicityService;
import org.fugong.publicity.PublicityStatus;
import org.fugong.response.Response;
import org.fugong.response.EnterpriseResponses;
import org.fugong.response.ResponseReview;
import org.fugong.response.ResponseStatus;
import org.fugong.security.NewUser;
import org.fugong.security.UserService;
import org.fugong.ui.ConsoleTest;
import org.fugong.worker.Audience;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Publicity in the console: an official publishes a policy's approved claims; once a second official
 * approves the announcement, the public page, open without signing in, lists the enterprises with
 * persons and amounts and takes an objection; the official answers it; after the period the page
 * takes no more.
 */
class PublicityConsoleTest extends ConsoleTest {

    @Autowired
    UserService users;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    NoticeService notices;
    @Autowired
    EnterpriseResponses enterpriseResponses;

    @Autowired
    ResponseReview responseReview;
    @Autowired
    PublicityService publicities;

    private Actor official;
    private Actor reviewer;
    private Notice policy;

    @BeforeEach
    void anApprovedClaim() {
        official = users.createIfAbsent(new NewUser("gao.official", "password-1", "高专员", Set.of(Role.OFFICIAL), null))
                .orElseThrow().toActor();
        reviewer = users.createIfAbsent(new NewUser("he.reviewer", "password-1", "何审核员", Set.of(Role.REVIEWER), null))
                .orElseThrow().toActor();
        String first17 = "91440800MA4GXGWH1";
        Enterprise factory = enterprises.create(new NewEnterprise("湛江公示机械厂", first17 + CreditCodes.checkCharacter(first17),
                "manufacturing", "麻章区", false, 100, "gao.official", "gao.official"), official);
        users.createIfAbsent(new NewUser("hr.gongshi", "password-1", "公示厂人事", Set.of(Role.HR), factory.id()));
        Actor hr = users.findByUsername("hr.gongshi").orElseThrow().toActor();
        Notice draft = notices.create(new NoticeDraft(NoticeType.POLICY, LocalizedText.of("一次性吸纳就业补贴", "One-off hiring subsidy"),
                LocalizedText.zh("新招用本地劳动者每人 1000 元"), Audience.everyone(), ResponseKind.SUBSIDY_APPLICATION, null,
                clock.instant().plus(Duration.ofDays(30)), null, null, null, new Policy(Benefit.HIRING_SUBSIDY,
                new BigDecimal("1000"), new BigDecimal("50000"), null, "新招用本地劳动者", Applicant.ENTERPRISE), null), official);
        notices.submit(draft.id(), official);
        policy = notices.approve(draft.id(), null, reviewer);
        Response claim = enterpriseResponses.submitForEnterprise(policy.id(), ResponseKind.SUBSIDY_APPLICATION, Map.of("persons", 12),
                "claim-1", hr);
        responseReview.review(claim.id(), ResponseStatus.ACCEPTED, null, official);
    }

    @Test
    void an_official_publishes_the_list_the_public_objects_and_the_official_answers() {
        login("gao.official", "password-1");
        UI.getCurrent().navigate(PublicitiesView.class);
        @SuppressWarnings("unchecked")
        ComboBox<PublicityService.PolicyChoice> choice = _get(ComboBox.class, spec -> spec.withId("publicity-policy"));
        _setValue(choice, choice.getListDataView().getItems().findFirst().orElseThrow());
        assertThat(GridKt._getFormatted(lines(), 0, "enterprise")).isEqualTo("湛江公示机械厂");
        assertThat(GridKt._getFormatted(lines(), 0, "persons")).isEqualTo("12");
        _click(_get(Button.class, spec -> spec.withId("publicity-publish")));

        PublicityView page = _get(PublicityView.class);
        assertThat(page.getElement().getTextRecursively()).contains("公告待审核", "1 家企业，12 人");
        Publicity publicity = publicities.list(official).get(0);
        notices.approve(publicity.announcementId(), "同意公示", reviewer);
        await().atMost(Duration.ofSeconds(5)).until(() -> publicities.get(publicity.id(), official).status() == PublicityStatus.RUNNING);

        logout();
        UI.getCurrent().navigate("public/publicity/" + publicity.id());
        String publicText = _get(PublicPublicityView.class).getElement().getTextRecursively();
        assertThat(publicText).contains("一次性吸纳就业补贴", "12 人").doesNotContain("公示厂人事", "hr.gongshi", "高专员");
        assertThat(GridKt._getFormatted(lines(), 0, "enterprise")).isEqualTo("湛江公示机械厂");
        assertThat(lines().getColumnByKey("payment")).as("how payment stands is the bureau's business").isNull();
        @SuppressWarnings("unchecked")
        ComboBox<PublicityLine> line = _get(ComboBox.class, spec -> spec.withId("objection-line"));
        _setValue(line, line.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(_get(TextArea.class, spec -> spec.withId("objection-text")), "该厂新招用人数不足 12 人");
        _click(_get(Button.class, spec -> spec.withId("objection-send")));
        assertThat(_get(TextField.class, spec -> spec.withId("objection-contact")).isInvalid())
                .as("a way to reach whoever objects is required").isTrue();
        _setValue(_get(TextField.class, spec -> spec.withId("objection-contact")), "13800138000");
        _click(_get(Button.class, spec -> spec.withId("objection-send")));
        _get(Paragraph.class, spec -> spec.withId("objection-thanks"));

        login("gao.official", "password-1");
        UI.getCurrent().navigate("publicities/" + publicity.id());
        Grid<?> objectionsGrid = _get(Grid.class, spec -> spec.withId("objections-grid"));
        assertThat(GridKt._getFormatted(objectionsGrid, 0, "text")).isEqualTo("该厂新招用人数不足 12 人");
        _click((Button) GridKt._getCellComponent(objectionsGrid, 0, "answer"));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Boolean> outcome = _get(RadioButtonGroup.class, spec -> spec.withId("answer-upheld"));
        _setValue(outcome, false);
        _setValue(_get(TextArea.class, spec -> spec.withId("answer-text")), "经核查，新招用 12 人属实。");
        _click(_get(Button.class, spec -> spec.withId("answer-save")));
        Grid<?> answered = _get(Grid.class, spec -> spec.withId("objections-grid"));
        assertThat(GridKt._getCellComponent(answered, 0, "answer").getElement().getTextRecursively())
                .isEqualTo("异议不成立：经核查，新招用 12 人属实。");

        clock.setTo(publicities.get(publicity.id(), official).objectionUntil().plusSeconds(1));
        logout();
        UI.getCurrent().setLocale(Locale.ENGLISH);
        UI.getCurrent().navigate("public/publicity/" + publicity.id());
        assertThat(_get(Paragraph.class, spec -> spec.withId("public-period")).getText())
                .startsWith("The objection period ended on");
        _assertNone(Button.class, spec -> spec.withId("objection-send"));
    }

    @SuppressWarnings("unchecked")
    private static Grid<PublicityLine> lines() {
        return _get(Grid.class, spec -> spec.withId("publicity-lines"));
    }
}
