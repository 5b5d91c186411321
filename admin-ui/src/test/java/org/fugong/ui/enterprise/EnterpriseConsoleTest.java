package org.fugong.ui.enterprise;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouteParameters;
import org.fugong.base.CreditCodes;
import org.fugong.base.LocalizedText;
import org.fugong.base.NoticeType;
import org.fugong.base.Place;
import org.fugong.base.Role;
import org.fugong.enterprise.Enterprise;
import org.fugong.enterprise.EnterpriseRequest;
import org.fugong.enterprise.EnterpriseRequestService;
import org.fugong.enterprise.EnterpriseService;
import org.fugong.enterprise.NewEnterprise;
import org.fugong.enterprise.NewRequest;
import org.fugong.enterprise.RequestCategory;
import org.fugong.enterprise.RequestFilter;
import org.fugong.enterprise.RequestStatus;
import org.fugong.notice.InboxService;
import org.fugong.notice.JobPosting;
import org.fugong.notice.Notice;
import org.fugong.notice.NoticeDraft;
import org.fugong.notice.NoticeService;
import org.fugong.notice.ResponseKind;
import org.fugong.response.ResponseService;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Enterprises in the console: an HR user raises a labour-shortage request, the enterprise's official
 * finds it first in the queue, replies, takes it up and resolves it with how and the effect, and the
 * thread shows it all; an HR user of another enterprise sees none of it, nor that enterprise's
 * applicants.
 */
class EnterpriseConsoleTest extends ConsoleTest {

    @Autowired
    UserService users;
    @Autowired
    EnterpriseService enterprises;
    @Autowired
    EnterpriseRequestService requests;
    @Autowired
    NoticeService notices;
    @Autowired
    InboxService inbox;
    @Autowired
    ResponseService responses;
    @Autowired
    WorkerService workers;

    private Enterprise alpha;
    private Enterprise beta;
    private StaffUser official;
    private StaffUser reviewer;

    @BeforeEach
    void enterprises() {
        official = users.createIfAbsent(new NewUser("qin.official", "password-1", "秦专员", Set.of(Role.OFFICIAL), null)).orElseThrow();
        reviewer = users.createIfAbsent(new NewUser("han.reviewer", "password-1", "韩审核员", Set.of(Role.REVIEWER), null)).orElseThrow();
        alpha = enterprises.create(new NewEnterprise("湛江阿尔法医疗器械厂", code("91440800MA4ALPHA1"), "medical", "赤坎区", true, 400,
                "qin.official", "qin.official"), official.toActor());
        beta = enterprises.create(new NewEnterprise("湛江贝塔服装厂", code("91440800MA4BETA12"), "textile", "霞山区", false, 200,
                "qin.official", "qin.official"), official.toActor());
        users.createIfAbsent(new NewUser("hr.alpha", "password-1", "阿尔法人事", Set.of(Role.HR), alpha.id()));
        users.createIfAbsent(new NewUser("hr.beta", "password-1", "贝塔人事", Set.of(Role.HR), beta.id()));
    }

    private static String code(String first17) {
        return first17 + CreditCodes.checkCharacter(first17);
    }

    @Test
    void an_official_imports_enterprises_from_a_csv_file_and_a_file_with_a_bad_line_adds_none() {
        login("qin.official", "password-1");
        UI.getCurrent().navigate(EnterprisesView.class);
        _click(_get(Button.class, spec -> spec.withId("import-enterprises")));
        assertThat(_get(Pre.class, spec -> spec.withText(String.join(",", EnterpriseService.IMPORT_COLUMNS))).isVisible()).isTrue();
        String header = String.join(",", EnterpriseService.IMPORT_COLUMNS) + "\n";
        String gamma = "湛江伽马食品厂," + code("91440800MA4GAMMA1") + ",food,麻章区,false,120,qin.official,qin.official\n";

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "enterprises.csv", "text/csv",
                (header + gamma + "湛江德尔塔五金厂,not-a-code,金属制品业,坡头区,false,80,qin.official,qin.official\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(_get(Pre.class, spec -> spec.withId("import-report")).getText())
                .contains(UI.getCurrent().getTranslation("import.line", 3));
        assertThat(enterprises.count()).as("a bad line imports nothing").isEqualTo(2);

        UploadKt._upload(_get(Upload.class, spec -> spec.withId("import-upload")), "enterprises.csv", "text/csv",
                (header + gamma + "湛江德尔塔五金厂," + code("91440800MA4DELTA1") + ",金属制品业,坡头区,true,80,qin.official,qin.official\n")
                        .getBytes(StandardCharsets.UTF_8));

        _assertNone(Dialog.class);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("enterprises-grid")))).isEqualTo(4);
        assertThat(enterprises.all()).extracting(Enterprise::name)
                .contains("湛江伽马食品厂", "湛江德尔塔五金厂");
    }

    @Test
    void a_request_thread_goes_from_the_enterprise_to_its_task_force_and_back_resolved() {
        login("hr.alpha", "password-1");
        UI.getCurrent().navigate(EnterpriseView.class, new RouteParameters("id", alpha.id()));
        _click(_get(Button.class, spec -> spec.withId("raise-request")));
        @SuppressWarnings("unchecked")
        Select<RequestCategory> category = _get(Select.class, spec -> spec.withId("request-category"));
        _setValue(category, RequestCategory.LABOUR_SHORTAGE);
        _setValue(_get(IntegerField.class, spec -> spec.withId("request-headcount")), 30);
        _setValue(_get(TextArea.class, spec -> spec.withId("request-text")), "口罩生产线扩产，急需普工 30 名");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> skills = _get(MultiSelectComboBox.class, spec -> spec.withId("request-skills"));
        _setValue(skills, Set.of());
        _click(_get(Button.class, spec -> spec.withId("request-send")));
        List<EnterpriseRequest> raised = requests.find(RequestFilter.all(), 0, 10, official.toActor());
        assertThat(raised).hasSize(1);
        EnterpriseRequest request = raised.get(0);
        assertThat(request.urgent()).as("a key enterprise's request is urgent").isTrue();
        assertThat(_get(H2.class, spec -> spec.withId("request-title")).getText()).contains("湛江阿尔法医疗器械厂");

        // the other enterprise's HR user sees nothing of it
        logout();
        login("hr.beta", "password-1");
        UI.getCurrent().navigate(RequestView.class, new RouteParameters("id", request.id()));
        _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("not-found"));
        UI.getCurrent().navigate(RequestsView.class);
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("all-requests")))).isZero();
        UI.getCurrent().navigate(EnterpriseView.class, new RouteParameters("id", alpha.id()));
        _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("not-found"));

        // the task force: first in the queue, reply, take up, resolve
        logout();
        login("qin.official", "password-1");
        UI.getCurrent().navigate(RequestsView.class);
        Grid<?> queue = _get(Grid.class, spec -> spec.withId("request-queue"));
        assertThat(GridKt._size(queue)).isEqualTo(1);
        GridKt._clickItem(queue, 0, 0, false, false, false, false);
        _setValue(_get(TextArea.class, spec -> spec.withId("request-reply")), "已对接技工学校，明日组织专场招聘");
        _click(_get(Button.class, spec -> spec.withId("request-reply-send")));
        assertThat(requests.get(request.id(), official.toActor()).status())
                .as("a reply from the task force takes the request up").isEqualTo(RequestStatus.IN_PROGRESS);
        _click(_get(Button.class, spec -> spec.withId("request-resolve")));
        _setValue(_get(TextArea.class, spec -> spec.withId("resolve-solution")), "举办专场招聘会，推荐技校学生 35 名");
        _setValue(_get(TextArea.class, spec -> spec.withId("resolve-effect")), "28 人到岗，产线满负荷运转");
        _click(_get(Button.class, spec -> spec.withId("resolve-save")));
        EnterpriseRequest resolved = requests.get(request.id(), official.toActor());
        assertThat(resolved.status()).isEqualTo(RequestStatus.RESOLVED);
        assertThat(resolved.resolution().effect()).contains("28 人到岗");

        // the enterprise reads the thread
        logout();
        login("hr.alpha", "password-1");
        UI.getCurrent().navigate(RequestView.class, new RouteParameters("id", request.id()));
        Div thread = _get(Div.class, spec -> spec.withId("request-thread"));
        assertThat(thread.getElement().getTextRecursively()).contains("已对接技工学校");
        _assertNone(Button.class, spec -> spec.withId("request-resolve"));
    }

    @Test
    void an_hr_user_sees_the_applicants_of_their_own_postings_only() {
        String worker = workers.findOrCreateByPhone("+8615800000333");
        workers.update(worker, new ProfileUpdate("应聘者", new Place("湖南省", "永州市"), "坡头区", List.of(), List.of(),
                EmploymentStatus.SEEKING, null, "zh-CN", null));
        Notice alphaPosting = publish(alpha, "阿尔法招聘装配工");
        Notice betaPosting = publish(beta, "贝塔招聘缝纫工");
        await().atMost(Duration.ofSeconds(15)).until(() -> inbox.isDelivered(alphaPosting.id(), worker)
                && inbox.isDelivered(betaPosting.id(), worker));
        responses.submit(worker, alphaPosting.id(), ResponseKind.APPLY, Map.of("message", "熟练工"), "a");
        responses.submit(worker, betaPosting.id(), ResponseKind.APPLY, Map.of("message", "熟练工"), "b");

        login("hr.alpha", "password-1");
        UI.getCurrent().navigate("notices/" + alphaPosting.id());
        assertThat(GridKt._size(_get(Grid.class, spec -> spec.withId("responses-grid")))).isEqualTo(1);
        UI.getCurrent().navigate("notices/" + betaPosting.id());
        _assertNone(Grid.class, spec -> spec.withId("responses-grid"));
        _get(com.vaadin.flow.component.orderedlayout.VerticalLayout.class, spec -> spec.withId("not-found"));
    }

    @Test
    void an_hr_user_sees_only_their_own_enterprises_acknowledgement_of_a_notice() {
        Notice notice = notices.create(new NoticeDraft(NoticeType.ANNOUNCEMENT, LocalizedText.zh("复工企业防疫须知"),
                LocalizedText.zh("请各企业落实"), Audience.filter(null, null, null, null, null, null, List.of(alpha.id(), beta.id())),
                ResponseKind.NONE, null, Instant.now().plus(Duration.ofDays(5)), null, null, null, null, null), official.toActor());
        notices.submit(notice.id(), official.toActor());
        notices.approve(notice.id(), null, reviewer.toActor());
        notices.acknowledge(notice.id(), users.findByUsername("hr.beta").orElseThrow().toActor());

        login("hr.alpha", "password-1");
        UI.getCurrent().navigate("notices/" + notice.id());
        _assertNone(Div.class, spec -> spec.withId("acknowledgements"));
        _click(_get(Button.class, spec -> spec.withId("acknowledge")));
        Div acknowledgements = _get(Div.class, spec -> spec.withId("acknowledgements"));
        assertThat(acknowledgements.getElement().getTextRecursively()).contains("湛江阿尔法医疗器械厂").doesNotContain("贝塔");

        logout();
        login("qin.official", "password-1");
        UI.getCurrent().navigate("notices/" + notice.id());
        assertThat(_get(Div.class, spec -> spec.withId("acknowledgements")).getElement().getTextRecursively())
                .contains("湛江阿尔法医疗器械厂", "湛江贝塔服装厂");
    }

    private Notice publish(Enterprise enterprise, String title) {
        Notice posting = notices.create(new NoticeDraft(NoticeType.JOB_POSTING, LocalizedText.zh(title), LocalizedText.zh(title),
                Audience.filter(null, null, List.of("坡头区"), null, null, null, null), ResponseKind.APPLY, null,
                Instant.now().plus(Duration.ofDays(10)), null, null, null, null,
                new JobPosting(enterprise.id(), title, 5, 4000, 6000, null)), official.toActor());
        notices.submit(posting.id(), official.toActor());
        return notices.approve(posting.id(), null, reviewer.toActor());
    }
}
